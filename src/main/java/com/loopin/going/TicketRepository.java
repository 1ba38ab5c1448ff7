package com.loopin.going;

import static com.loopin.database.SqlValues.instant;
import static com.loopin.database.SqlValues.marks;
import static com.loopin.database.SqlValues.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Every statement on {@code ticket}. Checking in is one conditional statement: of two doors, one wins. */
@Repository
class TicketRepository {

    private static final String COLUMNS = "id, event_id, request_id, user_id, seats, status, checked_in_at, created_at";

    private final JdbcClient jdbc;

    TicketRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Ticket ticket, Instant now) {
        jdbc.sql("""
                        insert into ticket (id, event_id, request_id, user_id, seats, status, created_at, updated_at)
                        values (?, ?, ?, ?, ?, 'valid', ?, ?)""")
                .params(
                        ticket.id(),
                        ticket.eventId(),
                        ticket.requestId(),
                        ticket.userId(),
                        ticket.seats(),
                        utc(now),
                        utc(now))
                .update();
    }

    /** Cancels the request's ticket, if it has a valid one. */
    /** Takes back a ticket written a moment ago in this transaction, before anyone could see it. */
    void deleteFor(String requestId) {
        jdbc.sql("delete from ticket where request_id = ?").param(requestId).update();
    }

    void cancelFor(String requestId, Instant now) {
        jdbc.sql("update ticket set status = 'cancelled', updated_at = ? where request_id = ? and status = 'valid'")
                .params(utc(now), requestId)
                .update();
    }

    /** Cancels every valid ticket of an event (the event was cancelled). */
    void cancelAllOf(String eventId, Instant now) {
        jdbc.sql("update ticket set status = 'cancelled', updated_at = ? where event_id = ? and status = 'valid'")
                .params(utc(now), eventId)
                .update();
    }

    /** @return false when the ticket was not valid any more (checked in by another door, or cancelled) */
    boolean checkIn(String id, String eventId, Instant now) {
        return jdbc.sql("update ticket set status = 'checked_in', checked_in_at = ?, updated_at = ?"
                                + " where id = ? and event_id = ? and status = 'valid'")
                        .params(utc(now), utc(now), id, eventId)
                        .update()
                == 1;
    }

    Optional<Ticket> find(String id) {
        return jdbc.sql("select " + COLUMNS + " from ticket where id = ?")
                .param(id)
                .query((row, n) -> ticket(row))
                .optional();
    }

    java.util.Set<String> eventsWithTicket(long userId) {
        return java.util.Set.copyOf(
                jdbc.sql("select event_id from ticket where user_id = ? and status in ('valid', 'checked_in')")
                        .param(userId)
                        .query(String.class)
                        .list());
    }

    List<Ticket> ofUser(long userId) {
        return jdbc.sql("select " + COLUMNS + " from ticket where user_id = ? order by created_at desc, id")
                .param(userId)
                .query((row, n) -> ticket(row))
                .list();
    }

    List<Ticket> forRequests(Collection<String> requestIds) {
        if (requestIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select " + COLUMNS + " from ticket where request_id in (" + marks(requestIds.size()) + ")")
                .params(List.copyOf(requestIds))
                .query((row, n) -> ticket(row))
                .list();
    }

    /** How many events each person has been checked in at. */
    java.util.Map<Long, Long> attendedBy(Collection<Long> userIds) {
        java.util.Map<Long, Long> counts = new java.util.HashMap<>();
        if (userIds.isEmpty()) {
            return counts;
        }
        jdbc.sql(
                        "select user_id, count(distinct event_id) as n from ticket where status = 'checked_in' and user_id in ("
                                + marks(userIds.size()) + ") group by user_id")
                .params(List.copyOf(userIds))
                .query(row -> {
                    counts.put(row.getLong("user_id"), row.getLong("n"));
                });
        return counts;
    }

    /** Those of these people who held a valid or used ticket for any of these events. */
    java.util.Set<Long> guestsOf(Collection<String> eventIds, Collection<Long> userIds) {
        if (eventIds.isEmpty() || userIds.isEmpty()) {
            return java.util.Set.of();
        }
        List<Object> params = new java.util.ArrayList<>(eventIds);
        params.addAll(userIds);
        return java.util.Set.copyOf(
                jdbc.sql("select distinct user_id from ticket where status in ('valid', 'checked_in')"
                                + " and event_id in (" + marks(eventIds.size()) + ") and user_id in ("
                                + marks(userIds.size()) + ")")
                        .params(params)
                        .query(Long.class)
                        .list());
    }

    /** The people holding a valid or used ticket for the event. */
    List<Long> holders(String eventId) {
        return jdbc.sql("select distinct user_id from ticket where event_id = ? and status in ('valid', 'checked_in')")
                .param(eventId)
                .query(Long.class)
                .list();
    }

    /** Everyone who held a valid or used ticket for these events, with how many of them, most first. */
    java.util.Map<Long, Long> timesWent(Collection<String> eventIds, int max) {
        java.util.Map<Long, Long> times = new java.util.LinkedHashMap<>();
        if (eventIds.isEmpty()) {
            return times;
        }
        jdbc.sql("select user_id, count(distinct event_id) as n from ticket where status in ('valid', 'checked_in')"
                        + " and event_id in (" + marks(eventIds.size()) + ") group by user_id order by n desc, user_id"
                        + " limit ?")
                .params(params(eventIds, max))
                .query(row -> {
                    times.put(row.getLong("user_id"), row.getLong("n"));
                });
        return times;
    }

    private static List<Object> params(Collection<?> values, Object last) {
        List<Object> params = new java.util.ArrayList<>(values);
        params.add(last);
        return params;
    }

    /** The live counts at the door: seats of valid and checked-in tickets. */
    Counts counts(String eventId) {
        return jdbc.sql("""
                        select coalesce(sum(case when status in ('valid', 'checked_in') then seats else 0 end), 0) as going,
                               coalesce(sum(case when status = 'checked_in' then seats else 0 end), 0) as checked_in
                        from ticket where event_id = ?""")
                .param(eventId)
                .query((row, n) -> new Counts(row.getLong("going"), row.getLong("checked_in")))
                .single();
    }

    record Counts(long going, long checkedIn) {}

    private static Ticket ticket(ResultSet row) throws SQLException {
        return new Ticket(
                row.getString("id"),
                row.getString("event_id"),
                row.getString("request_id"),
                row.getLong("user_id"),
                row.getInt("seats"),
                row.getString("status"),
                instant(row, "checked_in_at"),
                instant(row, "created_at"));
    }
}
