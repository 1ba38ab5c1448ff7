package com.loopin.going;

import com.loopin.database.SqlDialect;
import com.loopin.events.EventSeats;
import com.loopin.events.WaitingRequests.Waiting;
import java.sql.ResultSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Every statement on {@code event_waiting}: how many requests wait on each event, pending for the host or on the
 * waitlist, in the transaction that moves them; each change is told to the events module, whose lists keep the counts
 * ({@link EventSeats#waitingChanged}). An event's counts are kept in {@value #STRIPES} rows, a request
 * counting in its asker's ({@code user_id mod 8}): the asks of one popular event then update different rows instead of
 * each waiting for one row's lock until the commit before it, and an event's counts are a sum of at most eight rows
 * (counting the requests themselves grows with the waitlist, on every ask and every read).
 */
@Repository
class WaitingRepository {

    static final int STRIPES = 8;

    private final JdbcClient jdbc;
    private final SqlDialect dialect;
    private final EventSeats seats;

    WaitingRepository(JdbcClient jdbc, SqlDialect dialect, EventSeats seats) {
        this.jdbc = jdbc;
        this.dialect = dialect;
        this.seats = seats;
    }

    /** One more request of this asker waits on the event: pending, or on the waitlist. */
    void joined(String eventId, long userId, RequestStatus status) {
        int pending = status == RequestStatus.PENDING ? 1 : 0;
        int waitlisted = status == RequestStatus.WAITLISTED ? 1 : 0;
        String values = "(cast(? as varchar(8)), cast(? as smallint), cast(? as integer), cast(? as integer))";
        String sql = dialect.pick(
                "insert into event_waiting (event_id, stripe, pending, waitlisted) values " + values
                        + " on conflict (event_id, stripe) do update set"
                        + " pending = event_waiting.pending + excluded.pending,"
                        + " waitlisted = event_waiting.waitlisted + excluded.waitlisted",
                "merge into event_waiting w using (values " + values + ") n(e, s, p, l)"
                        + " on w.event_id = n.e and w.stripe = n.s"
                        + " when matched then update set pending = w.pending + n.p, waitlisted = w.waitlisted + n.l"
                        + " when not matched then insert (event_id, stripe, pending, waitlisted)"
                        + " values (n.e, n.s, n.p, n.l)");
        try {
            jdbc.sql(sql).params(eventId, stripe(userId), pending, waitlisted).update();
        } catch (DuplicateKeyException e) {
            // H2's merge can insert a row that a parallel request inserted a moment before (PostgreSQL's "on conflict"
            // never raises this); the row is there now, so the second try adds to it
            jdbc.sql(sql).params(eventId, stripe(userId), pending, waitlisted).update();
        }
        seats.waitingChanged(eventId);
    }

    /** A request of this asker no longer waits on the event in this status (decided, promoted, cancelled). */
    void left(String eventId, long userId, RequestStatus status) {
        String column = switch (status) {
            case PENDING -> "pending";
            case WAITLISTED -> "waitlisted";
            default -> null;
        };
        if (column == null) {
            return;
        }
        jdbc.sql("update event_waiting set " + column + " = " + column + " - 1"
                        + " where event_id = ? and stripe = ? and " + column + " > 0")
                .params(eventId, stripe(userId))
                .update();
        seats.waitingChanged(eventId);
    }

    /** How many wait on the event's waitlist, as this transaction sees it (its own changes included). */
    long waitlisted(String eventId) {
        return jdbc.sql("select coalesce(sum(waitlisted), 0) from event_waiting where event_id = ?")
                .param(eventId)
                .query(Long.class)
                .single();
    }

    /** The counts of these events; events nobody ever waited on are left out. */
    Map<String, Waiting> on(Collection<String> eventIds) {
        Map<String, Waiting> counts = new HashMap<>();
        if (eventIds.isEmpty()) {
            return counts;
        }
        jdbc.sql("select event_id, sum(pending) as pending, sum(waitlisted) as waitlisted from event_waiting"
                        + " where event_id = any(?) group by event_id")
                // one statement shape for any count of events (an "in" list is prepared and planned for each count)
                .param(eventIds.toArray(String[]::new))
                .query((ResultSet row) -> {
                    counts.put(row.getString("event_id"), new Waiting(row.getInt("pending"), row.getInt("waitlisted")));
                });
        return counts;
    }

    private static int stripe(long userId) {
        return (int) Math.floorMod(userId, STRIPES);
    }
}
