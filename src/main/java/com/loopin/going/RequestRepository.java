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
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Every statement on {@code event_request}. A status changes only through {@link #move}, which names the statuses it
 * expects: of two parallel decisions on one request, one finds its row and the other none.
 */
@Repository
class RequestRepository {

    private static final String COLUMNS =
            "id, event_id, user_id, status, seats, message, waitlist_position, decided_at, created_at";

    private final JdbcClient jdbc;

    RequestRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * @param holdUntil for a request awaiting payment, when its hold of seats ends; else null
     * @return false when the person already has a live request for the event (the unique live key)
     */
    boolean insert(EventRequest request, Instant holdUntil, Instant now) {
        try {
            jdbc.sql("""
                            insert into event_request (id, event_id, user_id, status, seats, message, waitlist_position,
                                live_key, hold_expires_at, decided_at, created_at, updated_at)
                            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(java.util.Arrays.asList(
                            request.id(),
                            request.eventId(),
                            request.userId(),
                            request.status().value(),
                            request.seats(),
                            request.message(),
                            request.waitlistPosition(),
                            liveKey(request.eventId(), request.userId()),
                            utc(holdUntil),
                            utc(request.decidedAt()),
                            utc(now),
                            utc(now)))
                    .update();
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    /**
     * Moves a request from one of the expected statuses to the next: a live status keeps its live key, a final one
     * frees it.
     *
     * @return false when the request was in none of them (another decision won)
     */
    boolean move(String id, Collection<RequestStatus> from, RequestStatus to, Long waitlistPosition, Instant now) {
        String expected = marks(from.size());
        List<Object> params = new java.util.ArrayList<>(
                java.util.Arrays.asList(to.value(), waitlistPosition, to.live() ? 1 : 0, utc(now), utc(now), id));
        from.forEach(status -> params.add(status.value()));
        return jdbc.sql("update event_request set status = ?, waitlist_position = ?,"
                                + " live_key = case when ? = 1 then live_key else null end,"
                                + " decided_at = ?, updated_at = ? where id = ? and status in (" + expected + ")")
                        .params(params)
                        .update()
                == 1;
    }

    /** Seats held for a payment until this instant (a request awaiting payment). */
    void hold(String id, Instant until) {
        jdbc.sql("update event_request set hold_expires_at = ? where id = ? and status = 'awaiting_payment'")
                .params(utc(until), id)
                .update();
    }

    /** Requests awaiting payment whose hold ended before this instant, oldest first. */
    List<EventRequest> holdsEndedBefore(Instant now, int limit) {
        return jdbc.sql("select " + COLUMNS + " from event_request where status = 'awaiting_payment'"
                        + " and hold_expires_at < ? order by hold_expires_at limit ?")
                .params(utc(now), limit)
                .query((row, n) -> request(row))
                .list();
    }

    Optional<EventRequest> find(String id) {
        return jdbc.sql("select " + COLUMNS + " from event_request where id = ?")
                .param(id)
                .query((row, n) -> request(row))
                .optional();
    }

    /** The person's latest request for the event, live or not. */
    Optional<EventRequest> latest(String eventId, long userId) {
        return jdbc.sql("select " + COLUMNS + " from event_request where event_id = ? and user_id = ?"
                        + " order by created_at desc, id desc limit 1")
                .params(eventId, userId)
                .query((row, n) -> request(row))
                .optional();
    }

    /**
     * A person's requests for an event, as asking again needs them: the latest, and whether the host ever declined
     * or removed them (one statement).
     */
    record History(Optional<EventRequest> latest, boolean refusedBefore) {}

    History history(String eventId, long userId) {
        return jdbc.sql("select " + COLUMNS + ", (select count(*) from event_request d where d.event_id = r.event_id"
                        + " and d.user_id = r.user_id and d.status in ('declined', 'removed')) as refused"
                        + " from event_request r where r.event_id = ? and r.user_id = ?"
                        + " order by r.created_at desc, r.id desc limit 1")
                .params(eventId, userId)
                .query((row, n) -> new History(Optional.of(request(row)), row.getLong("refused") > 0))
                .optional()
                .orElse(new History(Optional.empty(), false));
    }

    /** The first {@code limit} waitlisted requests of at most {@code maxSeats} seats, in order of position. */
    List<EventRequest> waitlist(String eventId, int maxSeats, int limit) {
        return jdbc.sql("select " + COLUMNS + " from event_request where event_id = ? and status = 'waitlisted'"
                        + " and seats <= ? order by waitlist_position limit ?")
                .params(eventId, maxSeats, limit)
                .query((row, n) -> request(row))
                .list();
    }

    /** A page of an event's requests for its host, oldest first, after the given one. */
    List<EventRequest> ofEvent(String eventId, RequestStatus status, Instant afterCreated, String afterId, int limit) {
        return ofEvent(eventId, status, afterCreated, afterId, limit, java.util.Set.of());
    }

    /** @param hidden people left out (kept apart from the host by a block) */
    List<EventRequest> ofEvent(
            String eventId,
            RequestStatus status,
            Instant afterCreated,
            String afterId,
            int limit,
            java.util.Set<Long> hidden) {
        var where = new com.loopin.database.SqlWhere().and("event_id = ?", eventId);
        if (!hidden.isEmpty()) {
            where.and("user_id not in (" + marks(hidden.size()) + ")", hidden.toArray());
        }
        if (status != null) {
            where.and("status = ?", status.value());
        }
        if (afterId != null) {
            where.and("(created_at > ? or (created_at = ? and id > ?))", utc(afterCreated), utc(afterCreated), afterId);
        }
        return jdbc.sql("select " + COLUMNS + " from event_request" + where.sql() + " order by created_at, id limit ?")
                .params(where.paramsAnd(limit + 1))
                .query((row, n) -> request(row))
                .list();
    }

    /** The person's latest request for each of these events. */
    List<EventRequest> latestOf(long userId, Collection<String> eventIds) {
        if (eventIds.isEmpty()) {
            return List.of();
        }
        List<Object> params = new java.util.ArrayList<>();
        params.add(userId);
        params.addAll(eventIds);
        return jdbc.sql("select " + COLUMNS + " from event_request where user_id = ? and event_id in ("
                        + marks(eventIds.size())
                        + ") order by created_at, id")
                .params(params)
                .query((row, n) -> request(row))
                .list();
    }

    /** A person's requests, latest first. */
    List<EventRequest> ofPerson(long userId, int max) {
        return jdbc.sql("select " + COLUMNS
                        + " from event_request where user_id = ? order by created_at desc, id limit ?")
                .params(userId, max)
                .query((row, n) -> request(row))
                .list();
    }

    /** The events the person waits for: pending, waitlisted or awaiting payment. */
    java.util.Set<String> eventsWaitingFor(long userId) {
        return java.util.Set.copyOf(jdbc.sql("select event_id from event_request where user_id = ?"
                        + " and status in ('pending', 'waitlisted', 'awaiting_payment')")
                .param(userId)
                .query(String.class)
                .list());
    }

    /** The live requests of a person (an account's deletion ends them). */
    List<EventRequest> liveOf(long userId) {
        return jdbc.sql("select " + COLUMNS + " from event_request where user_id = ?"
                        + " and status in ('pending', 'awaiting_payment', 'accepted', 'waitlisted')")
                .param(userId)
                .query((row, n) -> request(row))
                .list();
    }

    /** The events each of these people asked to join (whatever became of the request). */
    java.util.Map<Long, java.util.Set<String>> eventsAskedBy(Collection<Long> userIds) {
        java.util.Map<Long, java.util.Set<String>> asked = new java.util.HashMap<>();
        if (userIds.isEmpty()) {
            return asked;
        }
        jdbc.sql("select user_id, event_id from event_request where user_id in (" + marks(userIds.size()) + ")")
                .params(List.copyOf(userIds))
                .query((ResultSet row) -> {
                    asked.computeIfAbsent(row.getLong("user_id"), id -> new java.util.HashSet<>())
                            .add(row.getString("event_id"));
                });
        return asked;
    }

    /** The people whose requests for the event are in one of these statuses, oldest request first. */
    List<Long> peopleOf(String eventId, Collection<RequestStatus> statuses) {
        List<Object> params = new java.util.ArrayList<>();
        params.add(eventId);
        statuses.forEach(status -> params.add(status.value()));
        return jdbc.sql("select user_id from event_request where event_id = ? and status in (" + marks(statuses.size())
                        + ") order by created_at, id")
                .params(params)
                .query(Long.class)
                .list();
    }

    static String liveKey(String eventId, long userId) {
        return eventId + ":" + userId;
    }

    private static EventRequest request(ResultSet row) throws SQLException {
        return new EventRequest(
                row.getString("id"),
                row.getString("event_id"),
                row.getLong("user_id"),
                RequestStatus.of(row.getString("status")),
                row.getInt("seats"),
                row.getString("message"),
                row.getObject("waitlist_position", Long.class),
                instant(row, "decided_at"),
                instant(row, "created_at"));
    }
}
