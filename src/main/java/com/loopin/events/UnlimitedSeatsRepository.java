package com.loopin.events;

import static com.loopin.database.SqlValues.utc;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Every statement on {@code event_seat_stripe}: the seats taken of a published event without a seat limit, in
 * {@value #STRIPES} rows beside its row. With no limit to check, a seat needs no look at the others: each take adds to
 * one of the rows, drawn at random, so the asks of one popular event (every paid ask holds seats) do not wait for each
 * other's commits on the event's row. The rows exist only while the event is published without a limit; the
 * {@link EventRepository} opens them and folds them into the event's row, under that row's lock, when the event leaves
 * that state. A take or give-back that finds no row (folded meanwhile) returns false: the caller counts on the row.
 */
@Repository
class UnlimitedSeatsRepository {

    static final int STRIPES = 8;

    /** The column an event's seats are read with: its row's count and its stripes'. */
    static final String SEATS_TAKEN = """
            e.seats_taken + case when e.capacity is null then coalesce((select sum(t.seats) from event_seat_stripe t
                where t.event_id = e.id), 0) else 0 end as seats_taken""";

    /** The rows' numbers, 0 to {@code STRIPES - 1}, as a table ({@code select 0 as stripe union all select 1 …}). */
    private static final String STRIPE_NUMBERS = "select 0 as stripe"
            + IntStream.range(1, STRIPES)
                    .mapToObj(n -> " union all select " + n)
                    .collect(Collectors.joining());

    private final JdbcClient jdbc;

    UnlimitedSeatsRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Gives the event its rows if it is published without a limit and has none; the caller holds the event's row. */
    void openIfUnlimited(String eventId) {
        jdbc.sql("insert into event_seat_stripe (event_id, stripe) select e.id, s.stripe from event e cross join ("
                        + STRIPE_NUMBERS + ") s where e.id = ? and e.status = 'published' and e.capacity is null"
                        + " and not exists (select 1 from event_seat_stripe x where x.event_id = e.id)")
                .param(eventId)
                .update();
    }

    /**
     * Removes the event's rows and returns the seats they counted, to be added to the event's row. Locking them first
     * waits for the takes already written to commit; a take that comes after finds no row and counts on the event's
     * row, which this transaction holds.
     */
    int close(String eventId) {
        List<Integer> seats = jdbc.sql("select seats from event_seat_stripe where event_id = ? for update")
                .param(eventId)
                .query(Integer.class)
                .list();
        if (seats.isEmpty()) {
            return 0;
        }
        jdbc.sql("delete from event_seat_stripe where event_id = ?")
                .param(eventId)
                .update();
        return seats.stream().mapToInt(Integer::intValue).sum();
    }

    /** @return false when the event has no rows (a limit set, or no longer published) or has started */
    boolean take(String eventId, int seats, Instant now) {
        return jdbc.sql("""
                        update event_seat_stripe set seats = seats + ?
                        where event_id = ? and stripe = ?
                          and exists (select 1 from event e where e.id = ? and e.status = 'published'
                                      and e.starts_at > ?)""")
                        .params(seats, eventId, randomStripe(), eventId, utc(now))
                        .update()
                == 1;
    }

    /**
     * A row may go below zero: the event's seats are the sum, and every give-back follows a take (which may have
     * counted in another row, or on the event's row before the stripes were opened).
     *
     * @return false when the event has no rows
     */
    boolean giveBack(String eventId, int seats) {
        return jdbc.sql("update event_seat_stripe set seats = seats - ? where event_id = ? and stripe = ?")
                        .params(seats, eventId, randomStripe())
                        .update()
                == 1;
    }

    private static int randomStripe() {
        return ThreadLocalRandom.current().nextInt(STRIPES);
    }
}
