package com.loopin.pumping;

import static com.loopin.database.SqlValues.instant;
import static com.loopin.database.SqlValues.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class ThrottleRepository {

    private static final String COLUMNS =
            "id, segment, automatic, reason, started_at, ends_at, decided_by, lifted_at, lifted_by";

    private final JdbcClient jdbc;

    ThrottleRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(Segment segment, boolean automatic, String reason, Instant from, Instant to, String decidedBy) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into sms_segment_throttle (segment, automatic, reason, started_at, ends_at, decided_by)"
                        + " values (?, ?, ?, ?, ?, ?)")
                .params(segment.key(), automatic, reason, utc(from), utc(to), decidedBy)
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    List<Throttle> activeAt(Instant now) {
        return jdbc.sql("select " + COLUMNS
                        + " from sms_segment_throttle where lifted_at is null and ends_at > ? order by started_at")
                .params(utc(now))
                .query(ThrottleRepository::row)
                .list();
    }

    /** The newest throttles, active or not, newest first. */
    List<Throttle> recent(int limit) {
        return jdbc.sql("select " + COLUMNS + " from sms_segment_throttle order by started_at desc, id desc limit ?")
                .params(limit)
                .query(ThrottleRepository::row)
                .list();
    }

    /** Throttles staff lifted since a time: the detector leaves those segments alone for a while. */
    List<Segment> liftedSince(Instant since) {
        return jdbc.sql("select distinct segment from sms_segment_throttle where lifted_at >= ?")
                .params(utc(since))
                .query((rs, row) -> new Segment(rs.getString(1)))
                .list();
    }

    Optional<Throttle> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from sms_segment_throttle where id = ?")
                .params(id)
                .query(ThrottleRepository::row)
                .optional();
    }

    /** Lifts a throttle that is still active; false when it had already ended or been lifted. */
    boolean lift(long id, String by, Instant at) {
        return jdbc.sql("update sms_segment_throttle set lifted_at = ?, lifted_by = ?"
                                + " where id = ? and lifted_at is null and ends_at > ?")
                        .params(utc(at), by, id, utc(at))
                        .update()
                == 1;
    }

    private static Throttle row(ResultSet rs, int row) throws SQLException {
        return new Throttle(
                rs.getLong("id"),
                new Segment(rs.getString("segment")),
                rs.getBoolean("automatic"),
                rs.getString("reason"),
                instant(rs, "started_at"),
                instant(rs, "ends_at"),
                rs.getString("decided_by"),
                instant(rs, "lifted_at"),
                rs.getString("lifted_by"));
    }
}
