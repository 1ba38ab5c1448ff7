package com.loopin.notifications;

import com.loopin.notifications.PushSender.PushOutcome;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends due pushes, on every instance: a short transaction claims a batch (rows another instance holds are skipped)
 * with a lease, the pushes go out with no connection held, and each outcome is written in a statement of its own.
 * An instance that dies mid-batch leaves its claims to run out; they are sent again (at least once, which the
 * item's id in the push makes harmless). Failures that pass are retried with exponential backoff and jitter.
 */
@Component
class PushDispatcher {

    private static final Logger log = LoggerFactory.getLogger(PushDispatcher.class);

    private final PushRepository pushes;
    private final DeviceRepository devices;
    private final PushSender sender;
    private final NotificationProperties.Push properties;
    private final TransactionTemplate transaction;
    private final MeterRegistry meters;
    private final Clock clock;

    PushDispatcher(
            PushRepository pushes,
            DeviceRepository devices,
            PushSender sender,
            NotificationProperties properties,
            PlatformTransactionManager transactions,
            MeterRegistry meters,
            Clock clock) {
        this.pushes = pushes;
        this.devices = devices;
        this.sender = sender;
        this.properties = properties.push();
        this.transaction = new TransactionTemplate(transactions);
        this.meters = meters;
        this.clock = clock;
    }

    @Scheduled(
            fixedDelayString = "${loopin.notifications.push.poll-interval:1s}",
            initialDelayString = "${loopin.notifications.push.poll-interval:1s}")
    void scheduled() {
        try {
            while (sendDue() == properties.batch()) {
                // a full batch: more may be due
            }
        } catch (RuntimeException e) {
            log.warn("Sending pushes failed, trying again at the next run: {}", e.getMessage());
        }
    }

    /** @return how many pushes this run claimed */
    int sendDue() {
        Instant now = clock.instant();
        Instant leaseEnd = now.plus(properties.lease());
        List<Long> claimed = transaction.execute(status -> pushes.claim(now, leaseEnd, properties.batch()));
        if (claimed == null || claimed.isEmpty()) {
            return 0;
        }
        for (PushRepository.Due push : pushes.due(claimed)) {
            if (clock.instant().plus(properties.timeout()).isAfter(leaseEnd)) {
                // a slow FCM: the rest would be sent after their claim ran out (and maybe by another instance too);
                // they are left to be claimed again
                break;
            }
            deliver(push);
        }
        return claimed.size();
    }

    private void deliver(PushRepository.Due push) {
        if (push.token() == null) {
            finish(push, "skipped", "device_gone");
            return;
        }
        PushOutcome outcome = sender.send(new PushSender.PushMessage(
                push.notificationId(),
                push.token(),
                push.platform(),
                push.kind(),
                push.title(),
                push.body(),
                push.deepLink(),
                push.shareUrl(),
                push.eventId()));
        Instant now = clock.instant();
        switch (outcome) {
            case PushOutcome.Sent sent -> finish(push, "sent", "sent");
            case PushOutcome.TokenGone gone -> {
                devices.deleteById(push.deviceId());
                finish(push, "failed", gone.reason());
            }
            case PushOutcome.Failed failed -> {
                log.warn("A push of {} failed for good: {}", push.kind().value(), failed.reason());
                finish(push, "failed", failed.reason());
            }
            case PushOutcome.RetryLater later -> {
                if (now.isAfter(push.dueAt().plus(properties.giveUpAfter()))) {
                    finish(push, "failed", "gave_up_" + later.reason());
                } else {
                    pushes.retry(push.id(), now.plus(delay(push.attempts(), later.after())), later.reason(), now);
                    count(push, "retry_" + later.reason());
                }
            }
        }
    }

    private void finish(PushRepository.Due push, String status, String outcome) {
        pushes.finish(push.id(), status, outcome, clock.instant());
        count(push, outcome);
    }

    private void count(PushRepository.Due push, String outcome) {
        meters.counter("loopin.pushes", "kind", push.kind().value(), "outcome", outcome)
                .increment();
    }

    /** The base delay doubled per attempt made, at most the maximum, with up to 20 % jitter; at least what FCM asked. */
    Duration delay(int attempts, Duration asked) {
        long base = properties.retryBase().toMillis();
        long doubled = base << Math.min(Math.max(attempts - 1, 0), 20);
        long capped = Math.min(doubled, properties.retryMax().toMillis());
        long jittered = capped + ThreadLocalRandom.current().nextLong(capped / 5 + 1);
        Duration delay = Duration.ofMillis(jittered);
        return asked != null && asked.compareTo(delay) > 0 ? asked : delay;
    }
}
