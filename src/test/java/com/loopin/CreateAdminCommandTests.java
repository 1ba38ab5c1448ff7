package com.loopin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

@ExtendWith(OutputCaptureExtension.class)
class CreateAdminCommandTests {

    @Test
    void createsASuperuserAndRefusesADuplicateOrAWeakPassword(CapturedOutput output) {
        String name = "root-" + UUID.randomUUID().toString().substring(0, 8);

        assertThat(CreateAdminCommand.run(new String[] {"--username", name}, () -> "a-strong-admin-password"))
                .isZero();
        assertThat(output.getOut()).contains("Created superuser " + name);

        assertThat(CreateAdminCommand.run(new String[] {"--username", name}, () -> "a-strong-admin-password"))
                .isEqualTo(1);
        assertThat(output.getErr()).contains("already a staff account named " + name);

        assertThat(CreateAdminCommand.run(new String[] {"--username", name + "x"}, () -> "short"))
                .isEqualTo(1);
        assertThat(output.getErr()).contains("at least 12 characters");

        String seventyThreeBytes = "x".repeat(73);
        assertThat(CreateAdminCommand.run(new String[] {"--username", name + "y"}, () -> seventyThreeBytes))
                .isEqualTo(1);
        assertThat(output.getErr()).contains("at most 72 bytes");
    }

    @Test
    void explainsItsUsageWithoutAUsername() {
        assertThat(CreateAdminCommand.run(new String[] {}, () -> "whatever-password"))
                .isEqualTo(2);
    }
}
