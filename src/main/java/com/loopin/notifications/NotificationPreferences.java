package com.loopin.notifications;

import com.loopin.shared.Caller;
import com.loopin.shared.FieldError;
import com.loopin.shared.ValidationFailedException;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;

/** A person's notification settings: the defaults until they change them, validated when they do. */
@Service
public class NotificationPreferences {

    /** The settings as the API shows and takes them ({@code quiet_hours} null: none). */
    public record View(
            @Schema(allowableValues = {"en", "hi"}) String language,
            @Schema(example = "Asia/Kolkata") String timeZone,

            @Schema(nullable = true, description = "Non-urgent pushes wait until `to`; null: no quiet hours")
            QuietHours quietHours,

            @Schema(
                    description = "Which categories are pushed: requests, reminders, changes, messages, "
                            + "marketing (off unless turned on)")
            Map<String, Boolean> categories) {}

    public record QuietHours(
            @Schema(example = "22:00") String from,
            @Schema(example = "08:00") String to) {}

    private final SettingsRepository settings;
    private final NotificationProperties properties;
    private final Clock clock;

    NotificationPreferences(SettingsRepository settings, NotificationProperties properties, Clock clock) {
        this.settings = settings;
        this.properties = properties;
        this.clock = clock;
    }

    public View of(Caller caller) {
        return view(of(caller.requireUser()));
    }

    /** Replaces the settings; an absent field keeps its value, {@code quiet_hours: null} turns quiet hours off. */
    public View change(Caller caller, View change, boolean quietHoursGiven) {
        long userId = caller.requireUser();
        NotificationSettings now = of(userId);
        List<FieldError> errors = new ArrayList<>();
        String language = now.language();
        if (change.language() != null) {
            if (NotificationSettings.LANGUAGES.contains(change.language())) {
                language = change.language();
            } else {
                errors.add(new FieldError("language", "One of: en, hi."));
            }
        }
        ZoneId zone = now.timeZone();
        if (change.timeZone() != null) {
            try {
                zone = ZoneId.of(change.timeZone());
            } catch (DateTimeException e) {
                errors.add(new FieldError("time_zone", "An IANA time zone, such as Asia/Kolkata."));
            }
        }
        LocalTime from = now.quietFrom();
        LocalTime to = now.quietTo();
        if (quietHoursGiven) {
            from = change.quietHours() == null ? null : time(change.quietHours().from(), "quiet_hours.from", errors);
            to = change.quietHours() == null ? null : time(change.quietHours().to(), "quiet_hours.to", errors);
        }
        Set<Category> on = EnumSet.noneOf(Category.class);
        on.addAll(now.categories());
        if (change.categories() != null) {
            change.categories().forEach((name, wanted) -> {
                Category category = category(name);
                if (category == null || wanted == null) {
                    errors.add(new FieldError(
                            "categories." + name,
                            "A category (requests, reminders, changes, "
                                    + "messages, marketing) set to true or false."));
                } else if (wanted) {
                    on.add(category);
                } else {
                    on.remove(category);
                }
            });
        }
        if (!errors.isEmpty()) {
            throw new ValidationFailedException(errors);
        }
        NotificationSettings changed = new NotificationSettings(language, zone, from, to, on);
        settings.save(userId, changed, clock.instant());
        return view(changed);
    }

    /** A new device's language becomes the person's, unless they have settings already. */
    void firstLanguage(long userId, String language) {
        if (language != null && NotificationSettings.LANGUAGES.contains(language)) {
            NotificationSettings defaults = defaults();
            settings.insertIfAbsent(
                    userId,
                    new NotificationSettings(
                            language,
                            defaults.timeZone(),
                            defaults.quietFrom(),
                            defaults.quietTo(),
                            defaults.categories()),
                    clock.instant());
        }
    }

    NotificationSettings of(long userId) {
        return settings.find(userId).orElseGet(this::defaults);
    }

    /** Everyone's settings, the defaults for those who have none. */
    Map<Long, NotificationSettings> of(Collection<Long> userIds) {
        Map<Long, NotificationSettings> found = new HashMap<>(settings.findAll(userIds));
        NotificationSettings defaults = defaults();
        userIds.forEach(id -> found.putIfAbsent(id, defaults));
        return found;
    }

    NotificationSettings defaults() {
        Set<Category> on = EnumSet.allOf(Category.class);
        on.remove(Category.MARKETING);
        return new NotificationSettings(
                "en", properties.defaultTimeZone(), properties.quietFrom(), properties.quietTo(), on);
    }

    private static View view(NotificationSettings settings) {
        Map<String, Boolean> categories = new java.util.LinkedHashMap<>();
        for (Category category : Category.values()) {
            categories.put(category.value(), settings.pushes(category));
        }
        QuietHours quiet = settings.quietFrom() == null || settings.quietTo() == null
                ? null
                : new QuietHours(
                        settings.quietFrom().toString(), settings.quietTo().toString());
        return new View(settings.language(), settings.timeZone().getId(), quiet, categories);
    }

    private static LocalTime time(String value, String field, List<FieldError> errors) {
        try {
            if (value != null && value.matches("\\d{2}:\\d{2}")) {
                return LocalTime.parse(value);
            }
        } catch (DateTimeParseException e) {
            // reported below
        }
        errors.add(new FieldError(field, "A time of day as HH:MM, such as 22:00."));
        return null;
    }

    private static Category category(String name) {
        for (Category category : Category.values()) {
            if (category.value().equals(name)) {
                return category;
            }
        }
        return null;
    }
}
