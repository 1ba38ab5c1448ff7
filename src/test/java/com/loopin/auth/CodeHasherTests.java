package com.loopin.auth;

import static org.assertj.core.api.Assertions.assertThat;

import com.loopin.shared.PhoneNumber;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CodeHasherTests {

    final CodeHasher hasher = new CodeHasher("server-key".getBytes(StandardCharsets.UTF_8));
    final PhoneNumber phone = new PhoneNumber("+916205829376");

    @Test
    void matchesOnlyTheSameCodeForTheSameNumberAndPurpose() {
        String hash = hasher.hash(phone, CodePurpose.SIGNUP, "1234");

        assertThat(hasher.matches(hash, phone, CodePurpose.SIGNUP, "1234")).isTrue();
        assertThat(hasher.matches(hash, phone, CodePurpose.SIGNUP, "1235")).isFalse();
        assertThat(hasher.matches(hash, phone, CodePurpose.LOGIN, "1234")).isFalse();
        assertThat(hasher.matches(hash, new PhoneNumber("+916205829377"), CodePurpose.SIGNUP, "1234"))
                .isFalse();
    }

    @Test
    void dependsOnTheServerKey() {
        var other = new CodeHasher("other-key".getBytes(StandardCharsets.UTF_8));
        assertThat(other.hash(phone, CodePurpose.SIGNUP, "1234"))
                .isNotEqualTo(hasher.hash(phone, CodePurpose.SIGNUP, "1234"));
    }
}
