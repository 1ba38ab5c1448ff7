package com.loopin.protection;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class VerificationLockoutTests {

    final VerificationLockout lockout = new VerificationLockout(
            null,
            new ProtectionProperties(
                    5, 10, 30, 360, 1000, 10000, 20, List.of(), 5, Duration.ofMinutes(15), Duration.ofHours(24), 20),
            new io.micrometer.core.instrument.simple.SimpleMeterRegistry(),
            Clock.systemUTC());

    @Test
    void lockoutsDoubleFromFifteenMinutesUpToADay() {
        assertThat(lockout.lockoutAfter(5)).isEqualTo(Duration.ofMinutes(15));
        assertThat(lockout.lockoutAfter(6)).isEqualTo(Duration.ofMinutes(30));
        assertThat(lockout.lockoutAfter(7)).isEqualTo(Duration.ofHours(1));
        assertThat(lockout.lockoutAfter(11)).isEqualTo(Duration.ofHours(16));
        assertThat(lockout.lockoutAfter(12)).isEqualTo(Duration.ofHours(24));
        assertThat(lockout.lockoutAfter(500)).isEqualTo(Duration.ofHours(24));
    }
}
