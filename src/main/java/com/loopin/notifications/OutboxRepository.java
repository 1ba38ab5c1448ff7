package com.loopin.notifications;

import static com.loopin.database.SqlValues.marks;
import static com.loopin.database.SqlValues.utc;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Every statement on {@code notification_outbox}. */
@Repository
class OutboxRepository {

    /** A row to relay. */
    record Row(long id, String eventType, String payload, int attempts) {}

    private final JdbcClient jdbc;

    OutboxRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void add(String eventType, String payload, Instant now) {
        jdbc.sql("insert into notification_outbox (event_type, payload, attempts, created_at) values (?, ?, 0, ?)")
                .params(eventType, payload, utc(now))
                .update();
    }

    /**
     * The oldest rows tried fewer than {@code maxAttempts} times, locked for this transaction; rows another
     * instance holds are skipped.
     */
    List<Row> claim(int max, int maxAttempts) {
        return jdbc.sql("""
                        select id, event_type, payload, attempts from notification_outbox where attempts < ?
                        order by id limit ? for update skip locked""")
                .params(maxAttempts, max)
                .query((row, n) -> new Row(
                        row.getLong("id"),
                        row.getString("event_type"),
                        row.getString("payload"),
                        row.getInt("attempts")))
                .list();
    }

    void delete(Collection<Long> ids) {
        if (!ids.isEmpty()) {
            jdbc.sql("delete from notification_outbox where id in (" + marks(ids.size()) + ")")
                    .params(new ArrayList<>(ids))
                    .update();
        }
    }

    void failed(long id, String error) {
        jdbc.sql("update notification_outbox set attempts = attempts + 1, last_error = ? where id = ?")
                .params(error.length() > 300 ? error.substring(0, 300) : error, id)
                .update();
    }

    /** Rows waiting (and, of those, given up after too many failures), for the console and the bench. */
    long waiting() {
        return jdbc.sql("select count(*) from notification_outbox")
                .query(Long.class)
                .single();
    }
}
