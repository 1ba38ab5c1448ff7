package com.loopin.events;

import static com.loopin.database.SqlValues.instant;
import static com.loopin.database.SqlValues.marks;
import static com.loopin.database.SqlValues.utc;

import com.loopin.database.SqlDialect;
import com.loopin.database.SqlWhere;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Every statement on {@code event} and {@code event_cover}. A status changes only through {@link
 * #changeStatus}, which names the status it expects: of two parallel changes one finds its row and the other none.
 * Each change of a row or of its seats forgets the row kept for lists ({@link KeptEvents}).
 */
@Repository
class EventRepository {

    private static final String BASE_COLUMNS = """
            e.id, e.host_id, e.status, e.title, e.description, e.starts_at, e.ends_at, e.time_zone, e.online,
            e.venue_name, e.venue_address, e.area, e.city, e.country_code, e.latitude, e.longitude, e.join_url,
            e.capacity, e.admission, e.audience, e.max_seats_per_request, e.visibility, e.price_paise,
            %s, e.cancel_reason, e.cancelled_by, e.cancelled_at,
            e.published_at, e.completed_at, e.created_at, e.updated_at, e.interest_ids""".formatted(UnlimitedSeatsRepository.SEATS_TAKEN);

    /** An event's cover URLs, aggregated in the event's own row (no second query). */
    private static final String POSTGRES_COVERS = """
            , (select string_agg(c.url, chr(10) order by c.position)
                 from event_cover c where c.event_id = e.id) as cover_list""";

    private static final String EMBEDDED_COVERS = """
            , (select listagg(c.url, char(10)) within group (order by c.position)
                 from event_cover c where c.event_id = e.id) as cover_list""";

    /** The event's place as a unit vector (a {@code cube}), as ix_event_listed_nearest (V35, PostgreSQL) indexes it. */
    private static final String POSTGRES_PLACE = "cube(array[cos(radians(e.latitude)) * cos(radians(e.longitude)),"
            + " cos(radians(e.latitude)) * sin(radians(e.longitude)), sin(radians(e.latitude))])";

    /** The {@link Chord} between the event and the point (?, ?, ? = the point's unit vector). */
    private static final String POSTGRES_CHORD = "(" + POSTGRES_PLACE + " <-> cube(array[?, ?, ?]))";

    private static final String EMBEDDED_CHORD =
            "sqrt(power(cos(radians(e.latitude)) * cos(radians(e.longitude)) - ?, 2)"
                    + " + power(cos(radians(e.latitude)) * sin(radians(e.longitude)) - ?, 2)"
                    + " + power(sin(radians(e.latitude)) - ?, 2))";

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final SqlDialect dialect;
    /** Every column of an event, its interests and covers included, as {@link #event} reads them. */
    private final String columns;

    private final UnlimitedSeatsRepository unlimited;
    private final KeptEvents kept;

    EventRepository(
            JdbcClient jdbc,
            JdbcTemplate template,
            SqlDialect dialect,
            UnlimitedSeatsRepository unlimited,
            KeptEvents kept) {
        this.jdbc = jdbc;
        this.unlimited = unlimited;
        this.kept = kept;
        this.template = template;
        this.dialect = dialect;
        this.columns = BASE_COLUMNS + dialect.pick(POSTGRES_COVERS, EMBEDDED_COVERS);
    }

    /** @return false when the id is taken (the caller draws another) */
    boolean insert(String id, long hostId, EventStatus status, EventSpec spec, Instant now) {
        int inserted = jdbc.sql("""
                        insert into event (id, host_id, status, title, description, starts_at, ends_at, time_zone,
                            online, venue_name, venue_address, area, city, city_key, country_code, latitude, longitude,
                            geocell, join_url, capacity, admission, audience, max_seats_per_request, visibility,
                            price_paise, interest_ids, published_at, created_at, updated_at)
                        select ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?
                        where not exists (select 1 from event where id = ?)""")
                .params(withSpec(
                        List.of(id, hostId, status.value()),
                        spec,
                        Arrays.asList(utc(status == EventStatus.PUBLISHED ? now : null), utc(now), utc(now), id)))
                .update();
        if (inserted == 0) {
            return false;
        }
        writeCovers(id, spec);
        if (status == EventStatus.PUBLISHED && spec.capacity() == null) {
            unlimited.openIfUnlimited(id);
        }
        return true;
    }

    /**
     * Writes the fields of an event in the expected status.
     *
     * @return false when its status changed meanwhile, or seats taken meanwhile no longer fit a new limit
     */
    boolean update(String id, EventStatus expected, EventSpec spec, Instant now) {
        int updated = jdbc.sql("""
                        update event set title = ?, description = ?, starts_at = ?, ends_at = ?, time_zone = ?,
                            online = ?, venue_name = ?, venue_address = ?, area = ?, city = ?, city_key = ?,
                            country_code = ?, latitude = ?, longitude = ?, geocell = ?, join_url = ?, capacity = ?,
                            admission = ?, audience = ?, max_seats_per_request = ?, visibility = ?, price_paise = ?,
                            interest_ids = ?, updated_at = ?
                        where id = ? and status = ? and (cast(? as integer) is null or seats_taken <= ?)""")
                .params(withSpec(
                        List.of(),
                        spec,
                        Arrays.asList(utc(now), id, expected.value(), spec.capacity(), spec.capacity())))
                .update();
        if (updated == 0 || !settleUnlimitedSeats(id, expected == EventStatus.PUBLISHED && spec.capacity() == null)) {
            return false;
        }
        jdbc.sql("delete from event_cover where event_id = ?").param(id).update();
        writeCovers(id, spec);
        kept.forget(id);
        return true;
    }

    /**
     * Opens the rows of an event now published without a limit, or folds them into its row when it is no longer
     * that; the caller's statement holds the event's row.
     *
     * @return false when the seats they counted do not fit the event's limit
     */
    private boolean settleUnlimitedSeats(String id, boolean unlimitedNow) {
        if (unlimitedNow) {
            unlimited.openIfUnlimited(id);
            return true;
        }
        int seats = unlimited.close(id);
        return seats == 0
                || jdbc.sql("update event set seats_taken = seats_taken + ? where id = ?"
                                        + " and (capacity is null or seats_taken + ? <= capacity)")
                                .params(seats, id, seats)
                                .update()
                        == 1;
    }

    private static List<Object> withSpec(List<Object> before, EventSpec spec, List<Object> after) {
        Venue venue = spec.venue();
        List<Object> params = new ArrayList<>(before);
        params.add(spec.title());
        params.add(spec.description());
        params.add(utc(spec.startsAt()));
        params.add(utc(spec.endsAt()));
        params.add(spec.timeZone().getId());
        params.add(venue.online());
        params.add(venue.name());
        params.add(venue.address());
        params.add(venue.area());
        params.add(venue.city());
        params.add(venue.cityKey());
        params.add(venue.countryCode());
        params.add(venue.latitude());
        params.add(venue.longitude());
        params.add(venue.geocell());
        params.add(venue.joinUrl());
        params.add(spec.capacity());
        params.add(spec.admission());
        params.add(spec.audience());
        params.add(spec.maxSeatsPerRequest());
        params.add(spec.visibility());
        params.add(spec.pricePaise());
        params.add(spec.interests().stream().sorted().toArray(Long[]::new));
        params.addAll(after);
        return params;
    }

    private void writeCovers(String id, EventSpec spec) {
        List<Object[]> covers = new ArrayList<>();
        for (int position = 0; position < spec.coverPictures().size(); position++) {
            String url = spec.coverPictures().get(position);
            covers.add(new Object[] {id, position, url, url.substring(url.lastIndexOf('/') + 1)});
        }
        template.batchUpdate(
                "insert into event_cover (event_id, position, url, picture_name) values (?, ?, ?, ?)", covers);
    }

    /**
     * The one way a status changes: from the status the caller read to the next, in one statement.
     *
     * @return false when the event was no longer in {@code from} (another change won)
     */
    boolean changeStatus(String id, EventStatus from, EventStatus to, Instant now, String reason, String by) {
        if (!from.canBecome(to)) {
            throw new IllegalArgumentException(from + " cannot become " + to);
        }
        boolean changed = jdbc.sql("""
                        update event set status = ?, updated_at = ?,
                            published_at = case when ? = 'published' then ? else published_at end,
                            completed_at = case when ? = 'completed' then ? else completed_at end,
                            cancelled_at = case when ? = 'cancelled' then ? else cancelled_at end,
                            cancel_reason = case when ? = 'cancelled' then ? else cancel_reason end,
                            cancelled_by = case when ? = 'cancelled' then ? else cancelled_by end
                        where id = ? and status = ?""")
                        .params(
                                to.value(),
                                utc(now),
                                to.value(),
                                utc(now),
                                to.value(),
                                utc(now),
                                to.value(),
                                utc(now),
                                to.value(),
                                reason,
                                to.value(),
                                by,
                                id,
                                from.value())
                        .update()
                == 1;
        if (changed && (to == EventStatus.PUBLISHED || from == EventStatus.PUBLISHED)) {
            // a status change keeps the limit, which the seats counted fit: settling cannot fail
            settleUnlimitedSeats(id, to == EventStatus.PUBLISHED);
        }
        if (changed) {
            kept.forget(id);
        }
        return changed;
    }

    /**
     * Takes seats only while the event is published, has not started and has room: on the event's rows of seats when
     * it was read without a limit (none to check), else, or when those rows are gone, on its row.
     */
    boolean takeSeats(String id, int seats, Instant now, boolean readUnlimited) {
        boolean taken = (readUnlimited && unlimited.take(id, seats, now))
                || jdbc.sql("""
                                update event set seats_taken = seats_taken + ?
                                where id = ? and status = 'published' and starts_at > ?
                                  and (capacity is null or seats_taken + ? <= capacity)""").params(seats, id, utc(now), seats).update() == 1;
        if (taken) {
            kept.forget(id);
        }
        return taken;
    }

    void giveSeatsBack(String id, int seats, boolean readUnlimited) {
        if (!(readUnlimited && unlimited.giveBack(id, seats))) {
            jdbc.sql("update event set seats_taken = seats_taken - ? where id = ? and seats_taken >= ?")
                    .params(seats, id, seats)
                    .update();
        }
        kept.forget(id);
    }

    boolean deleteDraft(String id) {
        boolean deleted = jdbc.sql("delete from event where id = ? and status = 'draft'")
                        .param(id)
                        .update()
                == 1;
        if (deleted) {
            kept.forget(id);
        }
        return deleted;
    }

    Optional<Event> find(String id) {
        List<Event> found = jdbc.sql(
                        "select " + columns + ", cast(null as double precision) as chord from event e where e.id = ?")
                .param(id)
                .query((row, n) -> event(row))
                .list();
        return found.stream().findFirst();
    }

    /** These events, in one statement; unknown ids are left out. */
    List<Event> findAll(Collection<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        // one statement for any number of ids (an "in" list would be prepared and planned anew for each count)
        return jdbc.sql("select " + columns
                        + ", cast(null as double precision) as chord from event e where e.id = any(?)")
                .param(ids.toArray(String[]::new))
                .query((row, n) -> event(row))
                .list();
    }

    Set<String> inCity(Collection<String> ids, String cityKey) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        List<Object> params = new java.util.ArrayList<>(ids);
        params.add(cityKey);
        return Set.copyOf(jdbc.sql("select id from event where id in (" + marks(ids.size()) + ") and city_key = ?")
                .params(params)
                .query(String.class)
                .list());
    }

    /** Published events that start in {@code (from, to]}, soonest first (for reminders). */
    List<Event> publishedStarting(Instant from, Instant to) {
        return jdbc.sql("select " + columns + ", cast(null as double precision) as chord from event e"
                        + " where e.status = 'published' and e.starts_at > ? and e.starts_at <= ?"
                        + " order by e.starts_at, e.id")
                .params(utc(from), utc(to))
                .query((row, n) -> event(row))
                .list();
    }

    /** Published events whose end has passed, oldest first. */
    List<String> endedPublished(Instant now, int max) {
        return jdbc.sql("select id from event where status = 'published' and ends_at <= ? order by ends_at limit ?")
                .params(utc(now), max)
                .query(String.class)
                .list();
    }

    /** A host's events that have not started, not cancelled or completed: for an account's deletion. */
    List<Event> upcomingHostedBy(long hostId, Instant now) {
        return (jdbc.sql("select " + columns + ", cast(null as double precision) as chord from event e"
                        + " where e.host_id = ? and e.status in ('draft', 'published') and e.ends_at > ?")
                .params(hostId, utc(now))
                .query((row, n) -> event(row))
                .list());
    }

    /** Of these picture file names, the ones some event's cover URL ends with. */
    Set<String> coverNamesInUse(Collection<String> names) {
        if (names.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(jdbc.sql("select distinct picture_name from event_cover where picture_name in ("
                        + marks(names.size()) + ")")
                .params(List.copyOf(names))
                .query(String.class)
                .list());
    }

    List<String> idsHostedBy(long hostId) {
        return jdbc.sql("select id from event where host_id = ?")
                .param(hostId)
                .query(String.class)
                .list();
    }

    /** One page of the listed events matching the query: {@code limit + 1} rows, to tell whether more follow. */
    List<Event> listed(EventQuery query, Instant now) {
        List<Object> beforeWhere = new ArrayList<>();
        String chord = "cast(null as double precision)";
        double[] point = null;
        if (query.near() != null) {
            point = Chord.vector(query.near().latitude(), query.near().longitude());
            chord = dialect.pick(POSTGRES_CHORD, EMBEDDED_CHORD);
            beforeWhere.addAll(List.of(point[0], point[1], point[2]));
        }
        String score = "0";
        if (EventQuery.FOR_YOU.equals(query.order())
                && !query.interestsOfCaller().isEmpty()) {
            score = "("
                    + String.join(
                            " + ",
                            Collections.nCopies(
                                    query.interestsOfCaller().size(),
                                    "case when ? = any(e.interest_ids) then 1 else 0 end"))
                    + ")";
            beforeWhere.addAll(query.interestsOfCaller());
        }
        SqlWhere inner = new SqlWhere()
                .and("e.status = 'published'")
                .and("e.visibility = 'public'")
                .and("e.ends_at > ?", utc(now));
        if (!query.interests().isEmpty()) {
            inner.and(
                    "("
                            + String.join(
                                    " or ",
                                    Collections.nCopies(query.interests().size(), "? = any(e.interest_ids)"))
                            + ")",
                    query.interests().toArray());
        }
        if (query.cityKey() != null) {
            inner.and("e.city_key = ?", query.cityKey());
        }
        if (query.from() != null) {
            inner.and("e.starts_at >= ?", utc(query.from()));
        }
        if (query.to() != null) {
            inner.and("e.starts_at < ?", utc(query.to()));
        }
        if (query.audience() != null) {
            inner.and("e.audience = ?", query.audience());
        }
        if (!query.hiddenHosts().isEmpty()) {
            inner.and(
                    "e.host_id not in (" + marks(query.hiddenHosts().size()) + ")",
                    query.hiddenHosts().toArray());
        }
        words(inner, query.words());
        EventCursor after = query.cursor();
        // nearest first on PostgreSQL: the index on each event's place as a cube (V35) hands the events over in order
        // of their chord to the point, within the cube that holds the radius, so a page reads about as many events as
        // it shows; "with ties" takes every event as near as the last one, whose ids decide the page below
        boolean nearestFirst = point != null && dialect.isPostgres() && EventQuery.BY_DISTANCE.equals(query.order());
        String cells = "";
        List<Object> cellBounds = new ArrayList<>();
        double radius = point == null ? 0 : Chord.ofKilometres(query.near().radiusKm());
        if (point != null) {
            inner.and("e.latitude is not null and e.longitude is not null");
            if (nearestFirst) {
                double reach = radius * (1 + 1e-9) + 1e-12;
                inner.and(
                        POSTGRES_PLACE + " <@ cube(array[?, ?, ?], array[?, ?, ?])",
                        point[0] - reach,
                        point[1] - reach,
                        point[2] - reach,
                        point[0] + reach,
                        point[1] + reach,
                        point[2] + reach);
                inner.and(POSTGRES_CHORD + " <= ?", point[0], point[1], point[2], radius);
                if (after != null) {
                    // the cursor's condition (below) already here: every event the walk hands over then counts
                    inner.and(
                            "(" + POSTGRES_CHORD + " > ? or (" + POSTGRES_CHORD + " = ? and e.id > ?))",
                            point[0],
                            point[1],
                            point[2],
                            after.rank(),
                            point[0],
                            point[1],
                            point[2],
                            after.rank(),
                            after.id());
                }
            } else {
                cells = near(query.near(), inner, cellBounds);
            }
        }
        SqlWhere outer = new SqlWhere();
        if (point != null) {
            outer.and("d.chord <= ?", radius);
        }
        String orderBy;
        switch (query.order()) {
            case EventQuery.BY_DISTANCE -> {
                orderBy = "d.chord, d.id";
                if (after != null) {
                    outer.and("(d.chord > ? or (d.chord = ? and d.id > ?))", after.rank(), after.rank(), after.id());
                }
            }
            case EventQuery.FOR_YOU -> {
                orderBy = "d.score desc, d.starts_at, d.id";
                if (after != null) {
                    long rank = (long) after.rank();
                    outer.and(
                            "(d.score < ? or (d.score = ? and (d.starts_at > ? or (d.starts_at = ? and d.id > ?))))",
                            rank,
                            rank,
                            utc(after.startsAt()),
                            utc(after.startsAt()),
                            after.id());
                }
            }
            default -> {
                orderBy = "d.starts_at, d.id";
                if (after != null) {
                    outer.and(
                            "(d.starts_at > ? or (d.starts_at = ? and d.id > ?))",
                            utc(after.startsAt()),
                            utc(after.startsAt()),
                            after.id());
                }
            }
        }
        // the page's ids first, its rows after: on PostgreSQL the ids come from an index alone, which carries what
        // the filters ask of each event it passes over (ends, interests, audience, host): V30 near me by the cells,
        // V33 by city or by start, V35 nearest first, where the walk stops soon after the page. Only the page's rows
        // are read in full; by city or by start only those not kept in memory (KeptEvents), in a second statement
        String candidates =
                "select e.id, e.starts_at, " + chord + " as chord, " + score + " as score from event e" + inner.sql();
        List<Object> params = new ArrayList<>(cellBounds);
        params.addAll(beforeWhere);
        params.addAll(inner.params());
        if (nearestFirst) {
            candidates += " order by chord fetch first ? rows with ties";
            params.add(query.limit() + 1);
        } else if (!cells.isEmpty()) {
            candidates += " offset 0";
        }
        String page =
                "select * from " + cells + "(" + candidates + ") d" + outer.sql() + " order by " + orderBy + " limit ?";
        params.addAll(outer.paramsAnd(query.limit() + 1));
        if (point != null) {
            // a page near a point is a person's own (their place): read its rows with its ids, in one statement.
            // Kept, its rows would turn the kept ones over, and the heap's old generation with them (a full
            // collection every second or two on the bench's random points, docs/performance.md)
            String sql = "select " + columns + ", d.chord from (" + page + ") d join event e on e.id = d.id order by "
                    + orderBy;
            return jdbc.sql(sql).params(params).query((row, n) -> event(row)).list();
        }
        List<String> ids = jdbc.sql("select d.id from (" + page + ") d order by " + orderBy)
                .params(params)
                .query(String.class)
                .list();
        Map<String, Event> rows = kept.rows(ids, this::findAll);
        // a row deleted between the two statements (only drafts are deleted, and they are never listed) is left out
        return ids.stream().map(rows::get).filter(java.util.Objects::nonNull).toList();
    }

    /**
     * Near a point, in any order but nearest first on PostgreSQL: the geohash cells within the radius, then the
     * bounding box, both in the near index (V26 and V30) beside each event's cell.
     *
     * @return on PostgreSQL, the cells as rows to join laterally (their bounds added to {@code cellBounds})
     */
    private String near(EventQuery.Near near, SqlWhere inner, List<Object> cellBounds) {
        var ranges = Geocell.around(near.latitude(), near.longitude(), near.radiusKm());
        List<Object> bounds = new ArrayList<>();
        for (var range : ranges) {
            bounds.add(range.from());
            bounds.add(range.to());
        }
        String cells = "";
        if (dialect.isPostgres()) {
            // each cell's range an index-only scan of ix_event_listed_near_covering, the events of the page read
            // after; OR-ed, PostgreSQL reads the ranges as one bitmap and then every event in them from the table.
            // "offset 0" keeps the ranges the outer side: flattened, the generic plan of some statements walked
            // the whole index by the bounding box and matched each entry against every range
            cells = "(values " + String.join(", ", Collections.nCopies(ranges.size(), "(?, ?)"))
                    + ") r(lo, hi) cross join lateral ";
            cellBounds.addAll(bounds);
            inner.and("e.geocell >= r.lo and e.geocell < r.hi");
        } else {
            inner.and(
                    "("
                            + String.join(
                                    " or ", Collections.nCopies(ranges.size(), "(e.geocell >= ? and e.geocell < ?)"))
                            + ")",
                    bounds.toArray());
        }
        var box = Geocell.box(near.latitude(), near.longitude(), near.radiusKm());
        inner.and("e.latitude between ? and ?", box.south(), box.north());
        if (box.west() != null) {
            inner.and("e.longitude between ? and ?", box.west(), box.east());
        }
        return cells;
    }

    /** The caller's hosted events: upcoming in start order, or past (ended) latest first. */
    List<Event> hostedBy(long hostId, boolean upcoming, EventCursor after, int limit, Instant now) {
        return mine(new SqlWhere().and("e.host_id = ?", hostId), upcoming, after, limit, now);
    }

    /** Of these events (the caller's requests or tickets), a page: upcoming in start order, or past latest first. */
    List<Event> among(java.util.Collection<String> ids, boolean upcoming, EventCursor after, int limit, Instant now) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return mine(
                new SqlWhere().and("e.id in (" + marks(ids.size()) + ")", ids.toArray()), upcoming, after, limit, now);
    }

    private List<Event> mine(SqlWhere where, boolean upcoming, EventCursor after, int limit, Instant now) {
        where.and(upcoming ? "e.ends_at > ?" : "e.ends_at <= ?", utc(now));
        if (after != null) {
            where.and(
                    upcoming
                            ? "(e.starts_at > ? or (e.starts_at = ? and e.id > ?))"
                            : "(e.starts_at < ? or (e.starts_at = ? and e.id < ?))",
                    utc(after.startsAt()),
                    utc(after.startsAt()),
                    after.id());
        }
        String order = upcoming ? " order by e.starts_at, e.id" : " order by e.starts_at desc, e.id desc";
        return (jdbc.sql("select " + columns + ", cast(null as double precision) as chord from event e" + where.sql()
                        + order + " limit ?")
                .params(where.paramsAnd(limit + 1))
                .query((row, n) -> event(row))
                .list());
    }

    /** Words of the title and description: PostgreSQL's full-text index, the embedded database's like. */
    private void words(SqlWhere where, List<String> words) {
        if (words.isEmpty()) {
            return;
        }
        if (dialect.isPostgres()) {
            where.and("e.search_words @@ plainto_tsquery('simple', ?)", String.join(" ", words));
        } else {
            for (String word : words) {
                where.and("lower(e.title || ' ' || e.description) like ? escape '\\'", SqlWhere.contains(word));
            }
        }
    }

    private static List<Long> interests(Array ids) throws SQLException {
        if (ids == null) {
            return List.of();
        }
        return Arrays.stream((Object[]) ids.getArray())
                .map(id -> ((Number) id).longValue())
                .toList();
    }

    static Event event(ResultSet row) throws SQLException {
        Venue venue = new Venue(
                row.getBoolean("online"),
                row.getString("venue_name"),
                row.getString("venue_address"),
                row.getString("area"),
                row.getString("city"),
                row.getString("country_code"),
                row.getObject("latitude", Double.class),
                row.getObject("longitude", Double.class),
                row.getString("join_url"));
        return new Event(
                row.getString("id"),
                row.getLong("host_id"),
                EventStatus.of(row.getString("status")),
                new EventSpec(
                        row.getString("title"),
                        row.getString("description"),
                        interests(row.getArray("interest_ids")),
                        instant(row, "starts_at"),
                        instant(row, "ends_at"),
                        ZoneId.of(row.getString("time_zone")),
                        venue,
                        row.getObject("capacity", Integer.class),
                        row.getString("admission"),
                        row.getString("audience"),
                        row.getInt("max_seats_per_request"),
                        row.getString("visibility"),
                        row.getString("cover_list") == null
                                ? List.of()
                                : List.of(row.getString("cover_list").split("\n")),
                        row.getLong("price_paise")),
                row.getInt("seats_taken"),
                row.getString("cancel_reason"),
                row.getString("cancelled_by"),
                instant(row, "cancelled_at"),
                instant(row, "published_at"),
                instant(row, "completed_at"),
                instant(row, "created_at"),
                instant(row, "updated_at"),
                row.getObject("chord", Double.class));
    }

    /** The console's list: every event, latest start first, narrowed by the filter. */
    org.springframework.data.domain.Page<Event> search(
            EventFilter filter, ZoneId zone, org.springframework.data.domain.Pageable page) {
        SqlWhere where = new SqlWhere();
        String text = filter.text() == null ? "" : filter.text().strip();
        if (!text.isEmpty()) {
            where.and(
                    "(e.id = ? or lower(e.title) like ? escape '\\')",
                    text,
                    SqlWhere.contains(text.toLowerCase(java.util.Locale.ROOT)));
        }
        if (filter.status() != null && !filter.status().isBlank()) {
            where.and("e.status = ?", filter.status());
        }
        if (filter.city() != null && !filter.city().isBlank()) {
            where.and("e.city_key = ?", Venue.key(filter.city()));
        }
        if (filter.from() != null) {
            where.and("e.starts_at >= ?", utc(filter.from().atStartOfDay(zone).toInstant()));
        }
        if (filter.to() != null) {
            where.and(
                    "e.starts_at < ?",
                    utc(filter.to().plusDays(1).atStartOfDay(zone).toInstant()));
        }
        if (filter.hostId() != null) {
            where.and("e.host_id = ?", filter.hostId());
        }
        long total = jdbc.sql("select count(*) from event e" + where.sql())
                .params(where.params())
                .query(Long.class)
                .single();
        List<Event> rows = (jdbc.sql("select " + columns
                        + ", cast(null as double precision) as chord from event e" + where.sql()
                        + " order by e.starts_at desc, e.id limit ? offset ?")
                .params(where.paramsAnd(page.getPageSize(), page.getOffset()))
                .query((row, n) -> event(row))
                .list());
        return new org.springframework.data.domain.PageImpl<>(rows, page, total);
    }

    /** For the console: how many events there are in each status. */
    Map<String, Long> countPerStatus() {
        Map<String, Long> counts = new LinkedHashMap<>();
        jdbc.sql("select status, count(*) as n from event group by status").query(row -> {
            counts.put(row.getString("status"), row.getLong("n"));
        });
        return counts;
    }

    static Set<String> ids(List<Event> events) {
        return events.stream().map(Event::id).collect(Collectors.toSet());
    }
}
