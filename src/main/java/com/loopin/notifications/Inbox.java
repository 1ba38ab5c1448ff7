package com.loopin.notifications;

import com.loopin.shared.BusinessTime;
import com.loopin.shared.Caller;
import com.loopin.shared.FieldError;
import com.loopin.shared.PageSize;
import com.loopin.shared.TimeCursor;
import com.loopin.shared.ValidationFailedException;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.stereotype.Service;

/** A person's inbox: pages newest first, the unread count, marking read. */
@Service
public class Inbox {

    static final int MAX_IDS = 100;

    /** An inbox item as the app shows it. */
    public record Item(
            String id,

            @Schema(description = "A kind of the contract's catalogue, such as request_accepted")
            String kind,

            String title,
            String body,

            @Schema(nullable = true, example = "loopin://events/Ab3dE6gH")
            String deepLink,

            @Schema(nullable = true, description = "The event's share page (public events)")
            String shareUrl,

            @Schema(nullable = true) String eventId,
            OffsetDateTime createdAt,
            @Schema(nullable = true) OffsetDateTime readAt) {}

    public record Page(List<Item> items, String nextCursor) {}

    private final InboxRepository inbox;
    private final BusinessTime time;
    private final Clock clock;

    Inbox(InboxRepository inbox, BusinessTime time, Clock clock) {
        this.inbox = inbox;
        this.time = time;
        this.clock = clock;
    }

    public Page page(Caller caller, Integer limit, String cursor, boolean unreadOnly) {
        long userId = caller.requireUser();
        int size = PageSize.of(limit, 30);
        TimeCursor after = TimeCursor.decode(cursor);
        List<InboxItem> found = inbox.page(
                userId, after == null ? null : after.at(), after == null ? null : after.id(), unreadOnly, size);
        boolean more = found.size() > size;
        List<InboxItem> shown = more ? found.subList(0, size) : found;
        String next = more
                ? new TimeCursor(shown.getLast().createdAt(), shown.getLast().id()).encode()
                : null;
        return new Page(shown.stream().map(this::item).toList(), next);
    }

    public long unread(Caller caller) {
        return inbox.unread(caller.requireUser());
    }

    /** Marks these items read, or all when {@code ids} is null; another person's ids are ignored. */
    public int markRead(Caller caller, List<String> ids) {
        long userId = caller.requireUser();
        if (ids != null
                && (ids.isEmpty() || ids.size() > MAX_IDS || ids.stream().anyMatch(java.util.Objects::isNull))) {
            throw new ValidationFailedException(
                    List.of(new FieldError("ids", "Give 1 to " + MAX_IDS + " ids, or none to mark everything read.")));
        }
        return inbox.markRead(userId, ids == null ? null : java.util.Set.copyOf(ids), clock.instant());
    }

    Item item(InboxItem item) {
        return new Item(
                item.id(),
                item.kind().value(),
                item.title(),
                item.body(),
                item.deepLink(),
                item.shareUrl(),
                item.eventId(),
                time.display(item.createdAt()),
                item.readAt() == null ? null : time.display(item.readAt()));
    }
}
