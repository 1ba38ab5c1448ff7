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

    /** A request as read (from {@code event_request r}), without its place on the waitlist. */
    private static final String COLUMNS = """
            r.id, r.event_id, r.user_id, r.status, r.seats, r.message, r.waitlist_order, r.decided_at, r.created_at,
            cast(null as bigint) as waitlist_place""";

    /**
     * A request as read with its place on the waitlist (1 for the first waiting, counted among those waiting on the
     * event before it, so that it moves up as they leave): for a person's own few requests. A page of an event's
     * requests numbers them in one pass instead ({@link #placesOnWaitlist}).
     */
    private static final String PLACED_COLUMNS = """
            r.id, r.event_id, r.user_id, r.status, r.seats, r.message, r.waitlist_order, r.decided_at, r.created_at,
            case when r.status = 'waitlisted' then (select count(*) from event_request w where w.event_id = r.event_id
                and w.status = 'waitlisted' and w.waitlist_order <= r.waitlist_order) end as waitlist_place""";

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
                            insert into event_request (id, event_id, user_id, status, seats, message, waitlist_order,
                                live_key, hold_expires_at, decided_at, created_at, updated_at)
                            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(java.util.Arrays.asList(
                            request.id(),
                            request.eventId(),
                            request.userId(),
                            request.status().value(),
                            request.seats(),
                            request.message(),
                            request.waitlistOrder(),
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
    boolean move(String id, Collection<RequestStatus> from, RequestStatus to, Long waitlistOrder, Instant now) {
        String expected = marks(from.size());
        List<Object> params = new java.util.ArrayList<>(
                java.util.Arrays.asList(to.value(), waitlistOrder, to.live() ? 1 : 0, utc(now), utc(now), id));
        from.forEach(status -> params.add(status.value()));
        return jdbc.sql("update event_request set status = ?, waitlist_order = ?,"
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
        return jdbc.sql("select " + COLUMNS + " from event_request r where status = 'awaiting_payment'"
                        + " and hold_expires_at < ? order by hold_expires_at limit ?")
                .params(utc(now), limit)
                .query((row, n) -> request(row))
                .list();
    }

    Optional<EventRequest> find(String id) {
        return jdbc.sql("select " + PLACED_COLUMNS + " from event_request r where id = ?")
                .param(id)
                .query((row, n) -> request(row))
                .optional();
    }

    /** The person's latest request for the event, live or not. */
    Optional<EventRequest> latest(String eventId, long userId) {
        return jdbc.sql("select " + PLACED_COLUMNS + " from event_request r where event_id = ? and user_id = ?"
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
        return jdbc.sql("select " + PLACED_COLUMNS
                        + ", (select count(*) from event_request d where d.event_id = r.event_id"
                        + " and d.user_id = r.user_id and d.status in ('declined', 'removed')) as refused"
                        + " from event_request r where r.event_id = ? and r.user_id = ?"
                        + " order by r.created_at desc, r.id desc limit 1")
                .params(eventId, userId)
                .query((row, n) -> new History(Optional.of(request(row)), row.getLong("refused") > 0))
                .optional()
                .orElse(new History(Optional.empty(), false));
    }

    /** The first {@code limit} waitlisted requests of at most {@code maxSeats} seats, in the waitlist's order. */
    List<EventRequest> waitlist(String eventId, int maxSeats, int limit) {
        return jdbc.sql("select " + COLUMNS + " from event_request r where event_id = ? and status = 'waitlisted'"
                        + " and seats <= ? order by waitlist_order limit ?")
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
        List<EventRequest> page = jdbc.sql("select " + COLUMNS + " from event_request r" + where.sql()
                        + " order by created_at, id limit ?")
                .params(where.paramsAnd(limit + 1))
                .query((row, n) -> request(row))
                .list();
        List<EventRequest> waiting = page.stream()
                .filter(request -> request.status() == RequestStatus.WAITLISTED)
                .toList();
        if (waiting.isEmpty()) {
            return page;
        }
        java.util.Map<String, Long> places = placesOnWaitlist(eventId, waiting);
        return page.stream()
                .map(request -> request.status() == RequestStatus.WAITLISTED
                        ? request.withWaitlistPlace(places.get(request.id()))
                        : request)
                .toList();
    }

    /**
     * The places of these waitlisted requests on the event's waitlist, numbered in one pass over its head up to the
     * last of them (from the index alone): a count per request would read the waitlist up to each of them.
     */
    private java.util.Map<String, Long> placesOnWaitlist(String eventId, List<EventRequest> waitlisted) {
        java.util.Map<String, Long> places = new java.util.HashMap<>();
        List<Object> params = new java.util.ArrayList<>();
        params.add(eventId);
        params.add(
                waitlisted.stream().mapToLong(EventRequest::waitlistOrder).max().orElseThrow());
        waitlisted.forEach(request -> params.add(request.id()));
        jdbc.sql("select id, place from (select id, row_number() over (order by waitlist_order) as place"
                        + " from event_request where event_id = ? and status = 'waitlisted' and waitlist_order <= ?)"
                        + " numbered where id in (" + marks(waitlisted.size()) + ")")
                .params(params)
                .query((ResultSet row) -> {
                    places.put(row.getString("id"), row.getLong("place"));
                });
        return places;
    }

    /** The person's latest request for each of these events. */
    List<EventRequest> latestOf(long userId, Collection<String> eventIds) {
        if (eventIds.isEmpty()) {
            return List.of();
        }
        List<Object> params = new java.util.ArrayList<>();
        params.add(userId);
        params.addAll(eventIds);
        return jdbc.sql("select " + PLACED_COLUMNS + " from event_request r where user_id = ? and event_id in ("
                        + marks(eventIds.size())
                        + ") order by created_at, id")
                .params(params)
                .query((row, n) -> request(row))
                .list();
    }

    /** A person's requests, latest first. */
    List<EventRequest> ofPerson(long userId, int max) {
        return jdbc.sql("select " + PLACED_COLUMNS
                        + " from event_request r where user_id = ? order by created_at desc, id limit ?")
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
        return jdbc.sql("select " + COLUMNS + " from event_request r where user_id = ?"
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

    /** A new order on a waitlist, after every order given before (on any event): it writes no row. */
    long nextWaitlistOrder() {
        return jdbc.sql("select nextval('event_waitlist_order')")
                .query(Long.class)
                .single();
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
                row.getObject("waitlist_order", Long.class),
                row.getObject("waitlist_place", Long.class),
                instant(row, "decided_at"),
                instant(row, "created_at"));
    }
}
