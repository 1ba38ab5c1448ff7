package com.loopin.events;

import com.loopin.shared.BusinessTime;
import com.loopin.shared.Caller;
import com.loopin.shared.FieldError;
import com.loopin.shared.ValidationFailedException;
import com.loopin.users.UserDirectory;
import com.loopin.users.UserSummary;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finding events: the public list with its filters and orders, one event, the caller's own. Its reads open no
 * transaction of their own (each statement reads committed rows either way; a transaction only added its BEGIN and
 * COMMIT to every page), but keep one connection for the whole answer; called inside a transaction, they join it.
 */
@Service
@Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
public class Discovery {

    static final int DEFAULT_LIMIT = 20;
    static final int MAX_LIMIT = 50;
    static final double MAX_RADIUS_KM = 100;
    private static final Pattern ID = Pattern.compile("[0-9A-Za-z]{8}");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    private final EventRepository events;
    private final EventViews views;
    private final UserDirectory users;
    private final BusinessTime time;
    private final List<EventRelations> relations;
    private final Visibility visibility;

    Discovery(
            EventRepository events,
            EventViews views,
            UserDirectory users,
            BusinessTime time,
            List<EventRelations> relations,
            Visibility visibility) {
        this.visibility = visibility;
        this.events = events;
        this.views = views;
        this.users = users;
        this.time = time;
        this.relations = relations;
    }

    /** A page of results and the cursor of the next one (null on the last). */
    public record Page(List<EventView> events, String nextCursor) {}

    /** The request's parameters as the controller received them, unchecked. */
    public record Params(
            String interests,
            String city,
            String near,
            Double radiusKm,
            String from,
            String to,
            String q,
            String audience,
            String order,
            Integer limit,
            String cursor) {}

    public Page list(Params params, Caller caller, URI service) {
        EventQuery query = query(params, caller);
        List<Event> found = events.listed(query, time.now());
        Shown shown = page(found, query.limit(), query.order(), query.interestsOfCaller());
        return new Page(views.listed(shown.events(), caller, service), shown.nextCursor());
    }

    public EventView find(String id, Caller caller, URI service) {
        return find(id, caller, null, service);
    }

    /** @param inviteToken an invitation link's token ({@code ?invite=}): it opens a private event */
    public EventView find(String id, Caller caller, String inviteToken, URI service) {
        return views.page(visible(id, caller, inviteToken), caller, service);
    }

    /**
     * The caller's own events: {@code role=hosting} (drafts included), {@code going} (a ticket), {@code requested}
     * (waiting for the host or on the waitlist) or {@code invited} (a pending invitation); {@code when=upcoming} (not ended) or {@code past}.
     */
    public Page mine(Caller caller, String role, String when, Integer limit, String cursor, URI service) {
        List<FieldError> errors = new ArrayList<>();
        if (role != null && !Set.of("hosting", "going", "requested", "invited").contains(role)) {
            errors.add(new FieldError("role", "Must be hosting, going, requested or invited."));
        }
        if (when != null && !Set.of("upcoming", "past").contains(when)) {
            errors.add(new FieldError("when", "Must be upcoming or past."));
        }
        int size = limit(limit, errors);
        if (!errors.isEmpty()) {
            throw new ValidationFailedException(errors);
        }
        boolean upcoming = !"past".equals(when);
        String order = upcoming ? "upcoming" : "past";
        EventCursor after = cursor == null || cursor.isBlank() ? null : EventCursor.decode(cursor, order);
        long userId = caller.requireUser();
        List<Event> found;
        if (role == null || role.equals("hosting")) {
            found = events.hostedBy(userId, upcoming, after, size, time.now());
        } else {
            Set<String> ids = new java.util.HashSet<>();
            relations.forEach(module -> ids.addAll(module.eventIds(userId, role)));
            found = events.among(ids, upcoming, after, size, time.now());
        }
        Shown shown = page(found, size, order, List.of());
        return new Page(views.of(shown.events(), caller, service), shown.nextCursor());
    }

    /** The address of the event's share page ({@code PUBLIC_BASE_URL} when set). */
    public String shareUrl(String id, URI service) {
        return views.shareUrl(id, service);
    }

    /** The event if the caller may see it; 404 (never 403) when not, so existence is not revealed. */
    Event visible(String id, Caller caller, String inviteToken) {
        if (id == null || !ID.matcher(id).matches()) {
            throw EventRefusedException.notFound();
        }
        return events.find(id)
                .filter(event -> visibility.canSee(event, caller, inviteToken))
                .orElseThrow(EventRefusedException::notFound);
    }

    /** The events a page shows of the {@code limit + 1} found, and the next page's cursor (null on the last). */
    private record Shown(List<Event> events, String nextCursor) {}

    /** @param interestsOfCaller what the for_you order ranked by (the last event's rank goes in the cursor) */
    private Shown page(List<Event> found, int limit, String order, List<Long> interestsOfCaller) {
        boolean more = found.size() > limit;
        List<Event> shown = more ? found.subList(0, limit) : found;
        String next = null;
        if (more) {
            Event last = shown.getLast();
            double rank = switch (order) {
                case EventQuery.BY_DISTANCE -> last.chord();
                case EventQuery.FOR_YOU -> score(last, interestsOfCaller);
                default -> 0;
            };
            next = new EventCursor(order, last.spec().startsAt(), rank, last.id()).encode();
        }
        return new Shown(shown, next);
    }

    /** The for_you score of the page's last event, recomputed as the query did: its interests the caller shares. */
    private static double score(Event event, List<Long> mine) {
        return event.spec().interests().stream().filter(mine::contains).count();
    }

    EventQuery query(Params params, Caller caller) {
        List<FieldError> errors = new ArrayList<>();
        List<Long> interests = new ArrayList<>();
        if (params.interests() != null && !params.interests().isBlank()) {
            for (String part : params.interests().split(",")) {
                try {
                    interests.add(Long.parseLong(part.strip()));
                } catch (NumberFormatException e) {
                    errors.add(new FieldError("interests", "A comma-separated list of interest ids."));
                    break;
                }
            }
            if (interests.size() > 20) {
                errors.add(new FieldError("interests", "At most 20 interests."));
            }
        }
        String city = params.city() == null || params.city().isBlank() ? null : Venue.key(params.city());
        EventQuery.Near near = near(params.near(), params.radiusKm(), errors);
        Instant from = day(params.from(), "from", errors, 0);
        Instant to = day(params.to(), "to", errors, 1);
        List<String> words = words(params.q(), errors);
        String audience = params.audience();
        if (audience != null && !Set.of("everyone", "women", "men").contains(audience)) {
            errors.add(new FieldError("audience", "Must be everyone, women or men."));
        }
        String order = params.order() == null ? EventQuery.BY_START : params.order();
        if (!Set.of(EventQuery.BY_START, EventQuery.BY_DISTANCE, EventQuery.FOR_YOU)
                .contains(order)) {
            errors.add(new FieldError("order", "Must be starts_at, distance or for_you."));
        } else if (order.equals(EventQuery.BY_DISTANCE) && params.near() == null) {
            errors.add(new FieldError("order", "Ordering by distance needs near=lat,lon."));
        } else if (order.equals(EventQuery.FOR_YOU) && (caller == null || caller.userId() == null)) {
            errors.add(new FieldError("order", "for_you needs a signed-in user's token."));
        }
        int limit = limit(params.limit(), errors);
        if (!errors.isEmpty()) {
            throw new ValidationFailedException(errors);
        }
        EventCursor cursor = params.cursor() == null || params.cursor().isBlank()
                ? null
                : EventCursor.decode(params.cursor(), order);
        List<Long> callerInterests = order.equals(EventQuery.FOR_YOU) ? interestsOf(caller) : List.of();
        return new EventQuery(
                List.copyOf(interests),
                city,
                near,
                from,
                to,
                words,
                audience,
                order,
                callerInterests,
                visibility.hiddenHostsFor(caller),
                limit,
                cursor);
    }

    private List<Long> interestsOf(Caller caller) {
        if (caller == null || caller.userId() == null) {
            return List.of();
        }
        return users.find(caller.userId())
                .map(UserSummary::interestIds)
                .map(List::copyOf)
                .orElse(List.of());
    }

    private static int limit(Integer limit, List<FieldError> errors) {
        if (limit == null) {
            return DEFAULT_LIMIT;
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            errors.add(new FieldError("limit", "Must be 1 to " + MAX_LIMIT + "."));
        }
        return limit;
    }

    private static EventQuery.Near near(String near, Double radiusKm, List<FieldError> errors) {
        if (near == null || near.isBlank()) {
            if (radiusKm != null) {
                errors.add(new FieldError("radius_km", "radius_km goes with near=lat,lon."));
            }
            return null;
        }
        double radius = radiusKm == null ? 10 : radiusKm;
        if (!(radius > 0 && radius <= MAX_RADIUS_KM)) {
            errors.add(new FieldError("radius_km", "Must be more than 0 and at most 100."));
        }
        String[] parts = near.split(",");
        try {
            if (parts.length == 2) {
                double latitude = Double.parseDouble(parts[0].strip());
                double longitude = Double.parseDouble(parts[1].strip());
                if (Math.abs(latitude) <= 90 && Math.abs(longitude) <= 180) {
                    return new EventQuery.Near(latitude, longitude, radius);
                }
            }
        } catch (NumberFormatException e) {
            // below
        }
        errors.add(new FieldError("near", "Must be latitude,longitude, such as 12.97,77.59."));
        return null;
    }

    /** A date in the business zone: its midnight, or (for {@code to}, inclusive) the next day's. */
    private Instant day(String value, String field, List<FieldError> errors, int plusDays) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip())
                    .plusDays(plusDays)
                    .atStartOfDay(time.zone())
                    .toInstant();
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(field, "Must be a date such as 2027-01-31."));
            return null;
        }
    }

    private static List<String> words(String q, List<FieldError> errors) {
        if (q == null || q.isBlank()) {
            return List.of();
        }
        if (q.length() > 200) {
            errors.add(new FieldError("q", "At most 200 characters."));
            return List.of();
        }
        List<String> words = new ArrayList<>();
        var matcher = WORD.matcher(q.toLowerCase(Locale.ROOT));
        while (matcher.find() && words.size() < 10) {
            words.add(matcher.group());
        }
        return words;
    }
}
