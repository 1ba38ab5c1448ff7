package com.loopin.notifications;

import com.loopin.shared.BusinessTime;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * What staff see in the console: a person's latest notifications, their phones and their pushes' outcomes, and the
 * delivery figures of all pushes (sent, failed by reason, waiting). Never a device token.
 */
@Service
public class PersonNotifications {

    static final int SHOWN = 50;

    public record DeviceRow(
            long id,
            String platform,
            String appVersion,
            String language,
            OffsetDateTime registeredAt,
            OffsetDateTime lastSeenAt) {}

    public record PushRow(
            String notificationId,
            String kind,
            long deviceId,
            String status,
            String outcome,
            int attempts,
            OffsetDateTime dueAt,
            OffsetDateTime updatedAt) {}

    /** Pushes of one kind with one status and outcome. */
    public record Figure(String kind, String status, String outcome, long count) {}

    private final InboxRepository inbox;
    private final DeviceRepository devices;
    private final PushRepository pushes;
    private final Inbox items;
    private final BusinessTime time;
    private final Clock clock;

    PersonNotifications(
            InboxRepository inbox,
            DeviceRepository devices,
            PushRepository pushes,
            Inbox items,
            BusinessTime time,
            Clock clock) {
        this.inbox = inbox;
        this.devices = devices;
        this.pushes = pushes;
        this.items = items;
        this.time = time;
        this.clock = clock;
    }

    public List<Inbox.Item> latest(long userId) {
        return inbox.page(userId, null, null, false, SHOWN - 1).stream()
                .map(items::item)
                .toList();
    }

    public List<DeviceRow> devices(long userId) {
        return devices.ofPerson(userId).stream()
                .map(device -> new DeviceRow(
                        device.id(),
                        device.platform(),
                        device.appVersion(),
                        device.language(),
                        time.display(device.createdAt()),
                        time.display(device.lastSeenAt())))
                .toList();
    }

    public List<PushRow> pushes(long userId) {
        return pushes.ofPerson(userId, SHOWN).stream()
                .map(row -> new PushRow(
                        row.notificationId(),
                        row.kind(),
                        row.deviceId(),
                        row.status(),
                        row.outcome(),
                        row.attempts(),
                        time.display(row.dueAt()),
                        time.display(row.updatedAt())))
                .toList();
    }

    /** Pushes planned in the last {@code period}, by kind, status and outcome. */
    public List<Figure> figures(Duration period) {
        return pushes.figures(clock.instant().minus(period));
    }
}
