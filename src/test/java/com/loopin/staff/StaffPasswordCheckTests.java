package com.loopin.staff;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StaffPasswordCheckTests {

    @Test
    void anUnknownNamesPasswordIsComparedWithAHashThatCostsWhatARealOneCosts() {
        var encoder = new StaffConfiguration().staffPasswordEncoder();
        assertThat(StaffPasswordCheck.DUMMY_HASH).startsWith("$2b$12$");
        assertThat(encoder.upgradeEncoding(StaffPasswordCheck.DUMMY_HASH))
                .as("same version and cost as the encoder's own hashes")
                .isFalse();
        assertThat(encoder.matches("anything", StaffPasswordCheck.DUMMY_HASH)).isFalse();
    }
}
