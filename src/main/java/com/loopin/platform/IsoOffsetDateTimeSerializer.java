package com.loopin.platform;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.json.JsonGeneratorBase;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * Writes an {@link OffsetDateTime} exactly as Jackson's own serializer does ({@link
 * DateTimeFormatter#ISO_OFFSET_DATE_TIME}: {@code 2027-01-10T19:00:00+05:30}, a fraction only when there is one, without
 * its trailing zeros, {@code Z} for UTC) but digit by digit: the formatter's general machinery was 9 % of a discovery
 * page's time (20 events, five timestamps each; docs/performance.md). Years outside 0–9999 go to the formatter.
 */
final class IsoOffsetDateTimeSerializer extends StdSerializer<OffsetDateTime> {

    IsoOffsetDateTimeSerializer() {
        super(OffsetDateTime.class);
    }

    @Override
    public void serialize(OffsetDateTime value, JsonGenerator generator, SerializationContext context) {
        int year = value.getYear();
        if (year < 0 || year > 9999) {
            generator.writeString(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(value));
            return;
        }
        char[] text = new char[40];
        text[0] = '"';
        int at = digits(text, 1, year, 4);
        text[at++] = '-';
        at = digits(text, at, value.getMonthValue(), 2);
        text[at++] = '-';
        at = digits(text, at, value.getDayOfMonth(), 2);
        text[at++] = 'T';
        at = digits(text, at, value.getHour(), 2);
        text[at++] = ':';
        at = digits(text, at, value.getMinute(), 2);
        text[at++] = ':';
        at = digits(text, at, value.getSecond(), 2);
        int nano = value.getNano();
        if (nano > 0) {
            text[at++] = '.';
            int width = 9;
            while (nano % 10 == 0) {
                nano /= 10;
                width--;
            }
            at = digits(text, at, nano, width);
        }
        at = offset(text, at, value.getOffset().getTotalSeconds());
        if (generator instanceof JsonGeneratorBase) {
            // JSON text: a quoted string of digits, signs and letters has nothing to escape
            text[at++] = '"';
            generator.writeRawValue(text, 0, at);
        } else {
            // a token buffer (a value turned into a tree, or converted) keeps a raw value raw: it must be a string
            generator.writeString(text, 1, at - 1);
        }
    }

    /** The offset as {@code ZoneOffset#getId} writes it: {@code Z}, {@code +05:30}, or {@code +05:30:15}. */
    private static int offset(char[] text, int at, int totalSeconds) {
        if (totalSeconds == 0) {
            text[at++] = 'Z';
            return at;
        }
        int seconds = Math.abs(totalSeconds);
        text[at++] = totalSeconds < 0 ? '-' : '+';
        at = digits(text, at, seconds / 3600, 2);
        text[at++] = ':';
        at = digits(text, at, seconds / 60 % 60, 2);
        if (seconds % 60 != 0) {
            text[at++] = ':';
            at = digits(text, at, seconds % 60, 2);
        }
        return at;
    }

    /** The number in exactly {@code width} digits, zeros in front. */
    private static int digits(char[] text, int at, int number, int width) {
        for (int i = at + width - 1; i >= at; i--) {
            text[i] = (char) ('0' + number % 10);
            number /= 10;
        }
        return at + width;
    }
}
