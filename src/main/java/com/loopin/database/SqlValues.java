package com.loopin.database;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * Instants to and from {@code timestamp with time zone} columns. Both drivers bind and read {@link OffsetDateTime}
 * the same way (PostgreSQL's does not bind {@link Instant}); the offset is always UTC.
 */
public final class SqlValues {

    private SqlValues() {}

    /** {@code ?, ?, ?}: the placeholders of an {@code in (…)} list of this many values. */
    public static String marks(int count) {
        return String.join(", ", java.util.Collections.nCopies(count, "?"));
    }

    public static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    /**
     * The calendar day, in the zone, of a {@code timestamp with time zone} column: an expression to select and group
     * by. The zone is written into the statement (grouping needs one expression); a {@link ZoneId}'s own id is safe
     * there.
     */
    public static String dayIn(String column, ZoneId zone) {
        return "cast(" + column + " at time zone '" + zone.getId() + "' as date)";
    }

    public static Instant instant(ResultSet row, String column) throws SQLException {
        OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
