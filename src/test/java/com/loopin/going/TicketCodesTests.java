package com.loopin.going;

import static org.assertj.core.api.Assertions.assertThat;

import com.loopin.shared.AppProperties;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

class TicketCodesTests {

    static final String OLD =
            "1:" + java.util.Base64.getEncoder().encodeToString("old-ticket-key-0123456789abcdef".getBytes());
    static final String NEW =
            "2:" + java.util.Base64.getEncoder().encodeToString("new-ticket-key-0123456789abcdef".getBytes());

    @Test
    void aCodeNamesItsTicketAndAnAlteredOneNothing() {
        TicketCodes codes = codes(OLD);
        String code = codes.codeFor("Tk3jD8s0Qw2E");

        assertThat(codes.ticketOf(code)).contains("Tk3jD8s0Qw2E");
        assertThat(codes.ticketOf(code.replace("Tk3jD8s0Qw2E", "Tk3jD8s0Qw2F"))).isEmpty();
        assertThat(codes.ticketOf(code.substring(0, code.length() - 1) + "x")).isEmpty();
        assertThat(codes.ticketOf("nonsense")).isEmpty();
        assertThat(code).doesNotContain("+91");
    }

    @Test
    void afterARotationOldCodesCheckInUntilTheirKeyIsRemoved() {
        String before = codes(OLD).codeFor("Tk3jD8s0Qw2E");
        TicketCodes rotated = codes(NEW, OLD);

        assertThat(rotated.ticketOf(before))
                .as("an old code, its key still listed")
                .contains("Tk3jD8s0Qw2E");
        assertThat(rotated.codeFor("Tk3jD8s0Qw2E"))
                .as("reissued under the new key")
                .contains(".2.");
        assertThat(codes(NEW).ticketOf(before)).as("its key removed").isEmpty();
    }

    private static TicketCodes codes(String... keys) {
        var app = new AppProperties(
                ZoneId.of("Asia/Kolkata"), "IN", List.of(), DataSize.ofKilobytes(64), List.of(), null, null);
        return new TicketCodes(
                new GoingProperties(
                        30, 100, 20, 60, 10, 30, Duration.ofHours(3), List.of(keys), Duration.ofMinutes(10)),
                app);
    }
}
