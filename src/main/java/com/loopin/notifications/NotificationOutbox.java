package com.loopin.notifications;

import com.loopin.events.EventChanged;
import com.loopin.going.HostMessageSent;
import com.loopin.going.InvitationChanged;
import com.loopin.going.RequestChanged;
import java.time.Clock;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes each event that someone must be told of into {@code notification_outbox}, in the transaction that
 * published it: one insert, committed with the change or not at all. {@link OutboxRelay} does the rest after the
 * commit. Only the types {@link #on} listens to are written and read back.
 */
@Component
class NotificationOutbox {

    private final OutboxRepository outbox;
    private final JsonMapper json;
    private final Clock clock;

    NotificationOutbox(OutboxRepository outbox, JsonMapper json, Clock clock) {
        this.outbox = outbox;
        this.json = json;
        this.clock = clock;
    }

    @EventListener({
        RequestChanged.Received.class,
        RequestChanged.Decided.class,
        RequestChanged.Promoted.class,
        RequestChanged.SeatsFreed.class,
        RequestChanged.AwaitingPayment.class,
        RequestChanged.Paid.class,
        InvitationChanged.Received.class,
        HostMessageSent.class,
        EventChanged.Rescheduled.class,
        EventChanged.Cancelled.class,
        CampaignApproved.class
    })
    @Transactional(propagation = Propagation.MANDATORY)
    void on(Object event) {
        if (NotificationTriggers.tellsNobody(event)) {
            return;
        }
        outbox.add(event.getClass().getName(), json.writeValueAsString(event), clock.instant());
    }

    /** The event a row holds; refuses a type this module never writes (one {@link #on} does not listen to). */
    Object read(OutboxRepository.Row row) {
        Class<?> type = java.util.Arrays.stream(listenedTo())
                .filter(known -> known.getName().equals(row.eventType()))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("Not a notification event: " + row.eventType()));
        return json.readValue(row.payload(), type);
    }

    private static Class<?>[] listenedTo() {
        try {
            return org.springframework.core.annotation.AnnotatedElementUtils.findMergedAnnotation(
                            NotificationOutbox.class.getDeclaredMethod("on", Object.class), EventListener.class)
                    .classes();
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(e);
        }
    }
}
