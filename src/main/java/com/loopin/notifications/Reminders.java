package com.loopin.notifications;

import com.loopin.events.EventCalendar;
import com.loopin.events.EventFacts;
import com.loopin.going.Guests;
import com.loopin.notifications.Notifier.Message;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reminds everyone going, 24 hours and 2 hours before an event starts. Each reminder's moment is claimed once (a row
 * of {@code event_reminder} keyed by event, kind and start) in the transaction that writes its items: two instances,
 * or a run after a crash, remind once. A rescheduled event has a new start, so new moments; a cancelled one is not
 * published, so none. A moment missed while no instance ran is caught up until the next one is due.
 */
@Component
class Reminders {

    private static final Logger log = LoggerFactory.getLogger(Reminders.class);
    private static final Duration DAY_BEFORE = Duration.ofHours(24);
    private static final Duration HOURS_BEFORE = Duration.ofHours(2);

    private final EventCalendar calendar;
    private final Guests guests;
    private final Notifier notifier;
    private final ReminderRepository moments;
    private final TransactionTemplate transaction;
    private final Clock clock;

    Reminders(
            EventCalendar calendar,
            Guests guests,
            Notifier notifier,
            ReminderRepository moments,
            PlatformTransactionManager transactions,
            Clock clock) {
        this.calendar = calendar;
        this.guests = guests;
        this.notifier = notifier;
        this.moments = moments;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    @Scheduled(
            fixedDelayString = "${loopin.notifications.reminders.interval:60s}",
            initialDelayString = "${loopin.notifications.reminders.interval:60s}")
    void scheduled() {
        try {
            int sent = remindDue();
            if (sent > 0) {
                log.info("{} event reminders sent", sent);
            }
        } catch (RuntimeException e) {
            log.warn("Sending event reminders failed, trying again at the next run: {}", e.getMessage());
        }
    }

    /** @return how many reminders (events × kind) were sent by this run */
    int remindDue() {
        Instant now = clock.instant();
        int sent = 0;
        List<EventFacts> starting = calendar.publishedStarting(now, now.plus(DAY_BEFORE));
        // one read of the moments claimed already: only the new ones take a transaction to claim
        Set<String> claimed =
                moments.claimedAmong(starting.stream().map(EventFacts::id).toList());
        for (EventFacts event : starting) {
            Duration left = Duration.between(now, event.startsAt());
            NotificationKind kind = left.compareTo(HOURS_BEFORE) <= 0
                    ? NotificationKind.EVENT_REMINDER_2H
                    : NotificationKind.EVENT_REMINDER_24H;
            if (claimed.contains(ReminderRepository.key(event.id(), kind.value(), event.startsAt()))) {
                continue;
            }
            if (Boolean.TRUE.equals(transaction.execute(status -> remind(event, kind, now)))) {
                sent++;
            }
        }
        return sent;
    }

    /** Claims the moment and writes the items, or does nothing when it was claimed before. */
    private boolean remind(EventFacts event, NotificationKind kind, Instant now) {
        if (!moments.claim(event.id(), kind, event.startsAt(), now)) {
            return false;
        }
        int recipients = notifier.send(
                new Message(
                        kind, event.id(), settings -> new Object[] {event.title(), settings.display(event.startsAt())}),
                event.id() + ":" + event.startsAt().getEpochSecond(),
                guests.going(event.id()));
        moments.sentTo(event.id(), kind, event.startsAt(), recipients);
        return true;
    }
}
