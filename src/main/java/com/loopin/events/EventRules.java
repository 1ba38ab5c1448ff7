package com.loopin.events;

import com.loopin.events.EventFields.VenueFields;
import com.loopin.interests.EventInterests;
import com.loopin.interests.InterestView;
import com.loopin.pictures.Pictures;
import com.loopin.shared.ErrorCode;
import com.loopin.shared.FieldError;
import com.loopin.shared.ValidationFailedException;
import java.net.URI;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Every rule of the contract's event table, checked at once: a request that breaks several gets them all in {@code
 * errors}. Rules that depend on the event's state (seats already taken, the start passed) are {@link Hosting}'s.
 */
@Component
class EventRules {

    static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Kolkata");
    static final Duration LONGEST = Duration.ofDays(7);
    static final int MAX_COVERS = 3;
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}&&[^\\n\\r\\t]]");
    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");

    private final EventInterests interests;
    private final Pictures pictures;
    private final ObjectProvider<PaidEvents> paidEvents;

    EventRules(EventInterests interests, Pictures pictures, ObjectProvider<PaidEvents> paidEvents) {
        this.interests = interests;
        this.pictures = pictures;
        this.paidEvents = paidEvents;
    }

    /**
     * @param publishing whether the event is (or is becoming) published: its start must then be in the future
     * @throws ValidationFailedException listing every broken rule
     * @throws EventRefusedException for a paid event while payments are not configured
     */
    EventSpec check(EventFields fields, long hostId, Instant now, boolean publishing) {
        List<FieldError> errors = new ArrayList<>();
        String title = text(fields.title(), "title", 3, 140, true, errors);
        String description = text(fields.description(), "description", 0, 5000, false, errors);
        List<Long> interestIds = interests(fields.interests(), errors);
        ZoneId zone = zone(fields.timeZone(), errors);
        Instant startsAt = fields.startsAt() == null ? null : fields.startsAt().toInstant();
        Instant endsAt = fields.endsAt() == null ? null : fields.endsAt().toInstant();
        times(startsAt, endsAt, now, publishing, errors);
        Venue venue = venue(fields.venue(), errors);
        Integer capacity = fields.capacity();
        if (capacity != null && (capacity < 1 || capacity > 10_000)) {
            errors.add(new FieldError(
                    "capacity", "Capacity must be 1 to 10,000 seats, or null for unlimited (0 is not unlimited)."));
        }
        String admission = oneOf(fields.admission(), "admission", Set.of("approval", "open"), "approval", errors);
        String audience = oneOf(fields.audience(), "audience", Set.of("everyone", "women", "men"), "everyone", errors);
        String visibility =
                oneOf(fields.visibility(), "visibility", Set.of("public", "unlisted", "private"), "public", errors);
        int seatsPerRequest = fields.maxSeatsPerRequest() == null ? 1 : fields.maxSeatsPerRequest();
        if (seatsPerRequest < 1 || seatsPerRequest > 10) {
            errors.add(new FieldError("max_seats_per_request", "Seats per request must be 1 to 10."));
        } else if (capacity != null && capacity >= 1 && seatsPerRequest > capacity) {
            errors.add(new FieldError("max_seats_per_request", "Seats per request cannot exceed the capacity."));
        }
        List<String> covers = covers(fields.coverPictures(), hostId, errors);
        long price = fields.pricePaise() == null ? 0 : fields.pricePaise();
        if (price != 0 && (price < 100 || price > 10_000_000)) {
            errors.add(new FieldError(
                    "price_paise", "The price is 0 (free) or 100 to 10,000,000 paise (₹1 to ₹1,00,000) per seat."));
        }
        if (!errors.isEmpty()) {
            throw new ValidationFailedException(errors);
        }
        PaidEvents paid = paidEvents.getIfAvailable();
        if (price > 0 && publishing && paid != null && paid.available() && !paid.payoutReady(hostId)) {
            throw new EventRefusedException(
                    ErrorCode.PAYOUT_ACCOUNT_REQUIRED,
                    "A paid event is published once your payout account is activated: PUT /api/me/payout-account.");
        }
        if (price > 0 && (paid == null || !paid.available())) {
            throw new EventRefusedException(
                    ErrorCode.PAID_EVENTS_UNAVAILABLE,
                    "Paid events need the payment gateway, which this service does not have configured yet.");
        }
        return new EventSpec(
                title,
                description,
                interestIds,
                startsAt,
                endsAt,
                zone,
                venue,
                capacity,
                admission,
                audience,
                seatsPerRequest,
                visibility,
                covers,
                price);
    }

    /** A cancellation's reason, shown to the guests. */
    static String reason(String reason) {
        List<FieldError> errors = new ArrayList<>();
        String checked = text(reason, "reason", 3, 500, true, errors);
        if (!errors.isEmpty()) {
            throw new ValidationFailedException(errors);
        }
        return checked;
    }

    private static String text(
            String value, String field, int min, int max, boolean required, List<FieldError> errors) {
        String trimmed = value == null ? "" : value.strip();
        if (trimmed.isEmpty() && required) {
            errors.add(new FieldError(field, "This field is required."));
        } else if (trimmed.length() < min || trimmed.length() > max) {
            errors.add(new FieldError(field, "Must be " + min + " to " + max + " characters."));
        } else if (CONTROL.matcher(trimmed).find()) {
            errors.add(new FieldError(field, "Must be plain text."));
        }
        return trimmed;
    }

    private List<Long> interests(List<Long> ids, List<FieldError> errors) {
        if (ids == null || ids.isEmpty() || ids.size() > 3) {
            errors.add(new FieldError("interests", "Choose 1 to 3 event interests."));
            return List.of();
        }
        Set<Long> distinct = new LinkedHashSet<>(ids);
        if (distinct.size() != ids.size() || distinct.contains(null)) {
            errors.add(new FieldError("interests", "Each interest may be chosen once."));
            return List.of();
        }
        Set<Long> active = interests.byIds(distinct).stream()
                .filter(InterestView::active)
                .map(InterestView::id)
                .collect(Collectors.toSet());
        for (int i = 0; i < ids.size(); i++) {
            if (!active.contains(ids.get(i))) {
                errors.add(new FieldError("interests[" + i + "]", "Not an active event interest."));
            }
        }
        return List.copyOf(distinct);
    }

    private static ZoneId zone(String value, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            return DEFAULT_ZONE;
        }
        try {
            if (ZoneId.getAvailableZoneIds().contains(value.strip())) {
                return ZoneId.of(value.strip());
            }
        } catch (DateTimeException e) {
            // below
        }
        errors.add(new FieldError("time_zone", "Must be an IANA time zone such as Asia/Kolkata."));
        return DEFAULT_ZONE;
    }

    private static void times(
            Instant startsAt, Instant endsAt, Instant now, boolean publishing, List<FieldError> errors) {
        if (startsAt == null) {
            errors.add(new FieldError("starts_at", "This field is required."));
        }
        if (endsAt == null) {
            errors.add(new FieldError("ends_at", "This field is required."));
        }
        if (startsAt == null || endsAt == null) {
            return;
        }
        if (!endsAt.isAfter(startsAt)) {
            errors.add(new FieldError("ends_at", "Must be after starts_at."));
        } else if (Duration.between(startsAt, endsAt).compareTo(LONGEST) > 0) {
            errors.add(new FieldError("ends_at", "An event lasts at most 7 days."));
        }
        if (publishing && !startsAt.isAfter(now)) {
            errors.add(new FieldError("starts_at", "A published event starts in the future."));
        }
    }

    private static Venue venue(VenueFields venue, List<FieldError> errors) {
        if (venue == null) {
            errors.add(new FieldError("venue", "This field is required."));
            return null;
        }
        if (Boolean.TRUE.equals(venue.online())) {
            String link = venue.joinUrl() == null ? "" : venue.joinUrl().strip();
            if (!isHttpsUrl(link)) {
                errors.add(new FieldError(
                        "venue.join_url", "An online event needs an https link, at most 2,048 characters."));
            }
            String city = venue.city() == null || venue.city().isBlank()
                    ? null
                    : text(venue.city(), "venue.city", 1, 100, false, errors);
            return new Venue(true, null, null, null, city, country(venue.countryCode(), errors), null, null, link);
        }
        String city = text(venue.city(), "venue.city", 1, 100, true, errors);
        String name = optional(venue.name(), "venue.name", 140, errors);
        String address = optional(venue.address(), "venue.address", 300, errors);
        String area = optional(venue.area(), "venue.area", 100, errors);
        Double latitude = venue.latitude();
        Double longitude = venue.longitude();
        if ((latitude == null) != (longitude == null)) {
            errors.add(new FieldError("venue.latitude", "Give both coordinates or neither."));
        } else if (latitude != null
                && (!Double.isFinite(latitude)
                        || !Double.isFinite(longitude)
                        || Math.abs(latitude) > 90
                        || Math.abs(longitude) > 180)) {
            errors.add(new FieldError("venue.latitude", "Latitude is -90 to 90 and longitude -180 to 180."));
        }
        if (venue.joinUrl() != null && !venue.joinUrl().isBlank()) {
            errors.add(new FieldError("venue.join_url", "Only an online event has a join link."));
        }
        return new Venue(
                false, name, address, area, city, country(venue.countryCode(), errors), latitude, longitude, null);
    }

    private static String optional(String value, String field, int max, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return text(value, field, 1, max, false, errors);
    }

    private static String country(String code, List<FieldError> errors) {
        if (code == null || code.isBlank()) {
            return "IN";
        }
        String upper = code.strip().toUpperCase(Locale.ROOT);
        if (!COUNTRY.matcher(upper).matches()
                || !Set.of(Locale.getISOCountries()).contains(upper)) {
            errors.add(new FieldError("venue.country_code", "Must be an ISO 3166 country code such as IN."));
        }
        return upper;
    }

    private static boolean isHttpsUrl(String link) {
        if (link.isEmpty() || link.length() > 2048) {
            return false;
        }
        try {
            URI uri = URI.create(link);
            return "https".equalsIgnoreCase(uri.getScheme()) && uri.getHost() != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static String oneOf(
            String value, String field, Set<String> allowed, String fallback, List<FieldError> errors) {
        if (value == null) {
            return fallback;
        }
        if (!allowed.contains(value)) {
            errors.add(new FieldError(
                    field,
                    "Must be one of "
                            + String.join(", ", allowed.stream().sorted().toList()) + "."));
            return fallback;
        }
        return value;
    }

    private List<String> covers(List<String> urls, long hostId, List<FieldError> errors) {
        if (urls == null || urls.isEmpty()) {
            return List.of();
        }
        if (urls.size() > MAX_COVERS) {
            errors.add(new FieldError("cover_pictures", "At most 3 cover pictures."));
            return List.of();
        }
        if (new LinkedHashSet<>(urls).size() != urls.size()) {
            errors.add(new FieldError("cover_pictures", "Each picture may be used once."));
        }
        for (int i = 0; i < urls.size(); i++) {
            if (urls.get(i) == null || !pictures.isUploadedBy(hostId, urls.get(i))) {
                errors.add(new FieldError(
                        "cover_pictures[" + i + "]",
                        "Upload the picture through /api/pictures first; it must be yours."));
            }
        }
        return List.copyOf(urls);
    }
}
