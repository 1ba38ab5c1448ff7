package com.loopin.notifications;

import com.loopin.database.PublicIds;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes notifications: for each recipient one inbox item in their language, at most once per {@code source} (a
 * second write of the same kind, source and person is a no-op), and the pushes of each new item to their devices:
 * due now when urgent, else after their quiet hours; skipped when the hourly cap is reached; none when they turned
 * the category off. In the caller's transaction.
 */
@Component
class Notifier {

    /** What to say: a kind (and a variant of its text), the event it is about, and the text's arguments. */
    record Message(
            NotificationKind kind, String variant, String eventId, Function<NotificationSettings, Object[]> arguments) {

        Message(NotificationKind kind, String eventId, Function<NotificationSettings, Object[]> arguments) {
            this(kind, null, eventId, arguments);
        }
    }

    private final InboxRepository inbox;
    private final PushRepository pushes;
    private final DeviceRepository devices;
    private final NotificationPreferences preferences;
    private final MessageSource texts;
    private final com.loopin.events.EventCalendar calendar;
    private final NotificationProperties properties;
    private final MeterRegistry meters;
    private final Clock clock;

    Notifier(
            InboxRepository inbox,
            PushRepository pushes,
            DeviceRepository devices,
            NotificationPreferences preferences,
            NotificationTexts texts,
            com.loopin.events.EventCalendar calendar,
            NotificationProperties properties,
            MeterRegistry meters,
            Clock clock) {
        this.inbox = inbox;
        this.pushes = pushes;
        this.devices = devices;
        this.preferences = preferences;
        this.texts = texts.source();
        this.calendar = calendar;
        this.properties = properties;
        this.meters = meters;
        this.clock = clock;
    }

    /**
     * @param source what caused it, unique for the kind (a request's id, a message's id, an event and its start)
     * @return how many items were new
     */
    @Transactional(propagation = Propagation.MANDATORY)
    int send(Message message, String source, Collection<Long> recipients) {
        Set<Long> people = new LinkedHashSet<>(recipients);
        if (people.isEmpty()) {
            return 0;
        }
        Instant now = clock.instant();
        NotificationKind kind = message.kind();
        Map<Long, NotificationSettings> settings = preferences.of(people);
        String deepLink = message.eventId() == null ? null : "loopin://events/" + message.eventId();
        String shareUrl = message.eventId() == null
                ? null
                : calendar.shareUrl(message.eventId()).orElse(null);
        String key = kind.value() + (message.variant() == null ? "" : "." + message.variant());
        List<InboxItem> written = new java.util.ArrayList<>();
        for (long person : people) {
            NotificationSettings mine = settings.get(person);
            Object[] arguments = message.arguments().apply(mine);
            InboxItem item = new InboxItem(
                    PublicIds.random(12),
                    person,
                    kind,
                    clip(texts.getMessage(key + ".title", arguments, mine.locale()), 200),
                    clip(texts.getMessage(key + ".body", arguments, mine.locale()), 1200),
                    deepLink,
                    shareUrl,
                    message.eventId(),
                    now,
                    null);
            if (inbox.insert(item, kind.value() + ":" + source + ":" + person)) {
                written.add(item);
            }
        }
        meters.counter("loopin.notifications", "kind", kind.value()).increment(written.size());
        planPushes(written, settings, now);
        return written.size();
    }

    private void planPushes(List<InboxItem> items, Map<Long, NotificationSettings> settings, Instant now) {
        List<InboxItem> wanted = items.stream()
                .filter(item -> settings.get(item.userId()).pushes(item.kind().category()))
                .toList();
        if (wanted.isEmpty()) {
            return;
        }
        Set<Long> people = wanted.stream().map(InboxItem::userId).collect(Collectors.toSet());
        Map<Long, List<Device>> phones =
                devices.ofPeople(people).stream().collect(Collectors.groupingBy(Device::userId));
        Map<Long, Integer> recent = pushes.pushesSince(phones.keySet(), now.minus(Duration.ofHours(1)));
        for (InboxItem item : wanted) {
            List<Device> theirs = phones.getOrDefault(item.userId(), List.of());
            if (theirs.isEmpty()) {
                continue;
            }
            NotificationKind kind = item.kind();
            boolean capped = !kind.urgent() && recent.getOrDefault(item.userId(), 0) >= properties.pushesPerHour();
            Instant due = kind.urgent() ? now : settings.get(item.userId()).pushableFrom(now);
            for (Device device : theirs) {
                pushes.plan(item.id(), device.id(), item.userId(), kind, due, capped ? "hourly_cap" : null, now);
            }
            if (!capped) {
                recent.merge(item.userId(), 1, Integer::sum);
            }
        }
    }

    private static String clip(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
