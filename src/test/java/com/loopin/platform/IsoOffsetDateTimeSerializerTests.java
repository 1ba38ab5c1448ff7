package com.loopin.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;

class IsoOffsetDateTimeSerializerTests {

    private final JsonMapper jacksons = JsonMapper.builder().build();
    private final JsonMapper ours = JsonMapper.builder()
            .addModule(new SimpleModule().addSerializer(new IsoOffsetDateTimeSerializer()))
            .build();

    @Test
    void writesWhatJacksonsOwnSerializerWrites() {
        Random random = new Random(20261206);
        for (int i = 0; i < 20_000; i++) {
            long second = random.nextLong(-62_200_000_000L, 253_402_300_799L); // years 0 to 9999
            int nano = switch (i % 4) {
                case 0 -> 0;
                case 1 -> random.nextInt(1000) * 1_000_000;
                case 2 -> random.nextInt(1_000_000) * 1000;
                default -> random.nextInt(1_000_000_000);
            };
            ZoneOffset offset = switch (i % 3) {
                case 0 -> ZoneOffset.UTC;
                case 1 -> ZoneOffset.ofTotalSeconds(random.nextInt(-18 * 60, 18 * 60 + 1) * 60);
                default -> ZoneOffset.ofTotalSeconds(random.nextInt(-18 * 3600, 18 * 3600 + 1));
            };
            assertSameText(Instant.ofEpochSecond(second, nano).atOffset(offset));
        }
    }

    @Test
    void writesAnEventsTimesInItsOwnZoneAndYearsBeyondFourDigits() {
        assertThat(ours.writeValueAsString(OffsetDateTime.parse("2027-01-10T19:00:00+05:30")))
                .isEqualTo("\"2027-01-10T19:00:00+05:30\"");
        assertSameText(Instant.parse("2026-12-06T13:30:00.120Z")
                .atZone(ZoneId.of("Asia/Kolkata"))
                .toOffsetDateTime());
        assertSameText(OffsetDateTime.MAX);
        assertSameText(OffsetDateTime.MIN);
        assertSameText(OffsetDateTime.parse("-0001-03-04T05:06:07Z"));
        assertSameText(OffsetDateTime.parse("+10000-01-01T00:00:00.5-03:00"));
    }

    /** Alone, in an array and in an object, through a writer and as UTF-8 bytes (as an answer is written). */
    private void assertSameText(OffsetDateTime value) {
        for (Object written : List.of(value, List.of(value, value), Map.of("at", value, "then", value))) {
            assertThat(ours.writeValueAsString(written)).isEqualTo(jacksons.writeValueAsString(written));
            assertThat(ours.writeValueAsBytes(written)).isEqualTo(jacksons.writeValueAsBytes(written));
            assertThat((Object) ours.valueToTree(written)).isEqualTo(jacksons.valueToTree(written));
        }
        assertThat(ours.convertValue(value, OffsetDateTime.class)).isEqualTo(value);
    }
}
