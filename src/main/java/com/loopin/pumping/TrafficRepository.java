package com.loopin.pumping;

import static com.loopin.database.SqlValues.utc;

import com.loopin.database.SqlDialect;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

@Repository
class TrafficRepository {

    private final JdbcClient jdbc;
    private final SqlDialect dialect;

    TrafficRepository(JdbcClient jdbc, SqlDialect dialect) {
        this.jdbc = jdbc;
        this.dialect = dialect;
    }

    /** Adds counts to their buckets, in one statement whatever their number. */
    @Transactional
    void add(Map<SegmentTraffic.Bucket, Counts> counts) {
        List<Object> params = new ArrayList<>();
        counts.forEach((bucket, added) -> {
            params.add(bucket.segment());
            params.add(utc(bucket.start()));
            params.add(added.requested());
            params.add(added.verified());
            params.add(added.numbers());
            params.add(added.clients());
            params.add(added.failed());
        });
        String values = String.join(
                ", ",
                Collections.nCopies(
                        counts.size(),
                        "(cast(? as varchar(16)), cast(? as timestamp(6) with time zone), cast(? as integer),"
                                + " cast(? as integer), cast(? as integer), cast(? as integer), cast(? as integer))"));
        jdbc.sql(dialect.pick(
                        "insert into sms_segment_traffic"
                                + " (segment, bucket_start, requested, verified, numbers, clients, failed)"
                                + " select s, b, r, v, n, c, f from (values " + values + ") n(s, b, r, v, n, c, f)"
                                + " on conflict (segment, bucket_start) do update set"
                                + " requested = sms_segment_traffic.requested + excluded.requested,"
                                + " verified = sms_segment_traffic.verified + excluded.verified,"
                                + " numbers = sms_segment_traffic.numbers + excluded.numbers,"
                                + " clients = sms_segment_traffic.clients + excluded.clients,"
                                + " failed = sms_segment_traffic.failed + excluded.failed",
                        "merge into sms_segment_traffic t using (values " + values + ") n(s, b, r, v, n, c, f)"
                                + " on t.segment = n.s and t.bucket_start = n.b"
                                + " when matched then update set requested = t.requested + n.r,"
                                + " verified = t.verified + n.v, numbers = t.numbers + n.n,"
                                + " clients = t.clients + n.c, failed = t.failed + n.f"
                                + " when not matched then insert"
                                + " (segment, bucket_start, requested, verified, numbers, clients, failed)"
                                + " values (n.s, n.b, n.r, n.v, n.n, n.c, n.f)"))
                .params(params)
                .update();
    }

    /** Every segment with traffic since {@code since}, its counts since then and since {@code recentSince}. */
    List<SegmentWindows> windows(Instant since, Instant recentSince) {
        return jdbc.sql("""
                        select segment,
                               sum(case when bucket_start >= ? then requested else 0 end),
                               sum(case when bucket_start >= ? then verified else 0 end),
                               sum(case when bucket_start >= ? then numbers else 0 end),
                               sum(case when bucket_start >= ? then clients else 0 end),
                               sum(case when bucket_start >= ? then failed else 0 end),
                               sum(requested), sum(verified), sum(numbers), sum(clients), sum(failed)
                        from sms_segment_traffic where bucket_start >= ?
                        group by segment""")
                .params(
                        utc(recentSince),
                        utc(recentSince),
                        utc(recentSince),
                        utc(recentSince),
                        utc(recentSince),
                        utc(since))
                .query((rs, row) -> new SegmentWindows(
                        new Segment(rs.getString(1)),
                        new Counts(rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5), rs.getLong(6)),
                        new Counts(rs.getLong(7), rs.getLong(8), rs.getLong(9), rs.getLong(10), rs.getLong(11))))
                .list();
    }

    /** A segment's counts between two times; the whole service's (every country summed) when segment is null. */
    Counts between(Segment segment, Instant from, Instant to) {
        List<Object> params = new ArrayList<>();
        if (segment != null) {
            params.add(segment.key());
        }
        params.add(utc(from));
        params.add(utc(to));
        return jdbc.sql("select coalesce(sum(requested), 0), coalesce(sum(verified), 0) from sms_segment_traffic"
                        + " where " + which(segment) + " and bucket_start >= ? and bucket_start < ?")
                .params(params)
                .query((rs, row) -> new Counts(rs.getLong(1), rs.getLong(2)))
                .single();
    }

    /** A segment's buckets since a time; for the whole service (every country summed) when segment is null. */
    List<SmsSegments.TrafficPoint> buckets(Segment segment, Instant since) {
        List<Object> params = new ArrayList<>();
        if (segment != null) {
            params.add(segment.key());
        }
        params.add(utc(since));
        return jdbc.sql("select bucket_start, sum(requested), sum(verified) from sms_segment_traffic where "
                        + which(segment) + " and bucket_start >= ? group by bucket_start order by bucket_start")
                .params(params)
                .query((rs, row) -> new SmsSegments.TrafficPoint(
                        rs.getObject(1, OffsetDateTime.class).toInstant(), new Counts(rs.getLong(2), rs.getLong(3))))
                .list();
    }

    int deleteBefore(Instant before) {
        return jdbc.sql("delete from sms_segment_traffic where bucket_start < ?")
                .params(utc(before))
                .update();
    }

    private static String which(Segment segment) {
        return segment == null ? "segment not like '% %'" : "segment = ?";
    }

    /** A segment's counts over the last hour and over the last quarter of an hour. */
    record SegmentWindows(Segment segment, Counts recent, Counts hour) {}
}
