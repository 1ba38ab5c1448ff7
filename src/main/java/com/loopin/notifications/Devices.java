package com.loopin.notifications;

import com.loopin.shared.Caller;
import com.loopin.shared.FieldError;
import com.loopin.shared.ValidationFailedException;
import com.loopin.users.UserDeactivated;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The phones that receive a person's pushes. A token registered again moves to whoever registered it last; a person
 * keeps their {@value #MAX_DEVICES} most recently seen phones; a deactivated account's phones are forgotten (a
 * deleted account's go with its row).
 */
@Service
public class Devices {

    static final int MAX_DEVICES = 10;
    private static final Set<String> PLATFORMS = Set.of("android", "ios");

    /** What the app registers. */
    public record Registration(String token, String platform, String appVersion, String language) {}

    private final DeviceRepository devices;
    private final NotificationPreferences preferences;
    private final Clock clock;

    Devices(DeviceRepository devices, NotificationPreferences preferences, Clock clock) {
        this.devices = devices;
        this.preferences = preferences;
        this.clock = clock;
    }

    /** @return true when the token was new */
    public boolean register(Caller caller, Registration registration) {
        long userId = caller.requireUser();
        List<FieldError> errors = new ArrayList<>();
        String token = registration.token() == null ? "" : registration.token().strip();
        if (token.isEmpty() || token.length() > 512 || !token.matches("[\\x21-\\x7e]+")) {
            errors.add(
                    new FieldError("token", "The FCM registration token the app was given (at most 512 characters)."));
        }
        String platform =
                registration.platform() == null ? "" : registration.platform().toLowerCase(Locale.ROOT);
        if (!PLATFORMS.contains(platform)) {
            errors.add(new FieldError("platform", "One of: android, ios."));
        }
        String version = registration.appVersion();
        if (version != null && version.length() > 32) {
            errors.add(new FieldError("app_version", "At most 32 characters."));
        }
        String language = language(registration.language());
        if (registration.language() != null && language == null) {
            errors.add(new FieldError("language", "A language tag such as en-IN or hi-IN."));
        }
        if (!errors.isEmpty()) {
            throw new ValidationFailedException(errors);
        }
        boolean created = devices.register(userId, token, platform, version, language, clock.instant());
        devices.keepNewest(userId, MAX_DEVICES);
        preferences.firstLanguage(userId, language);
        return created;
    }

    /** @return false when the person had no such device */
    public boolean remove(Caller caller, String token) {
        return devices.delete(caller.requireUser(), token);
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(UserDeactivated deactivated) {
        devices.deleteAllOf(deactivated.userId());
    }

    /**
     * The language of a tag ({@code hi-IN}: {@code hi}); null when absent or not a tag. Any language is kept with the
     * device; texts exist in English and Hindi, and a person's first device in one of those chooses theirs.
     */
    private static String language(String tag) {
        if (tag == null || tag.isBlank()) {
            return null;
        }
        String language = Locale.forLanguageTag(tag.strip()).getLanguage();
        return language.matches("[a-z]{2,3}") ? language : null;
    }
}
