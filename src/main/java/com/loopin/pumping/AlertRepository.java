package com.loopin.pumping;

import static com.loopin.database.SqlValues.utc;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Suspicions the detector reported to staff without blocking: {@code sms_segment_alert}. */
@Repository
class AlertRepository {

    private final JdbcClient jdbc;

    AlertRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Segment segment, String reason, Instant at) {
        jdbc.sql("insert into sms_segment_alert (segment, reason, raised_at) values (?, ?, ?)")
                .params(segment.key(), reason, utc(at))
                .update();
    }

    boolean raisedSince(Segment segment, Instant since) {
        return jdbc.sql("select count(*) from sms_segment_alert where segment = ? and raised_at >= ?")
                        .params(segment.key(), utc(since))
                        .query(Long.class)
                        .single()
                > 0;
    }

    List<SegmentAlert> since(Instant since, int limit) {
        return jdbc.sql("select segment, reason, raised_at from sms_segment_alert where raised_at >= ?"
                        + " order by raised_at desc, id desc limit ?")
                .params(utc(since), limit)
                .query((rs, row) -> new SegmentAlert(
                        new Segment(rs.getString(1)),
                        rs.getString(2),
                        rs.getObject(3, OffsetDateTime.class).toInstant()))
                .list();
    }

    int deleteBefore(Instant before) {
        return jdbc.sql("delete from sms_segment_alert where raised_at < ?")
                .params(utc(before))
                .update();
    }
}
