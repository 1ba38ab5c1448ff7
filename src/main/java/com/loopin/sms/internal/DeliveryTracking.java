package com.loopin.sms.internal;

import com.loopin.shared.PhoneNumber;
import com.loopin.sms.CodeDeliveries;
import com.loopin.sms.DeliveryReport;
import com.loopin.sms.SmsStatusReported;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * What became of each code's message: providers' reports move a delivery forward (and a WhatsApp failure sends the
 * waiting SMS at once), counted per provider, channel and outcome ({@code loopin.sms.deliveries}) with the time to
 * delivery ({@code loopin.sms.delivery.time}).
 */
@Service
class DeliveryTracking implements CodeDeliveries {

    private final DeliveryRepository deliveries;
    private final DeliveryWriter writer;
    private final Fallbacks fallbacks;
    private final MeterRegistry meters;
    private final Duration retention;
    private final Clock clock;

    DeliveryTracking(
            DeliveryRepository deliveries,
            DeliveryWriter writer,
            Fallbacks fallbacks,
            MeterRegistry meters,
            SmsProperties properties,
            Clock clock) {
        this.deliveries = deliveries;
        this.writer = writer;
        this.fallbacks = fallbacks;
        this.meters = meters;
        this.retention = properties.deliveryRetention();
        this.clock = clock;
    }

    /** Runs in the thread of the provider's callback, in no transaction: a fallback SMS may be sent from here. */
    @EventListener
    public void on(SmsStatusReported report) {
        var now = clock.instant();
        var moved = deliveries.report(report.provider(), report.messageId(), report.status(), report.reason(), now);
        if (moved.isEmpty() && writer.hasUnwritten()) {
            // the message may have been sent a moment ago, its row still in the writer's next batch
            writer.awaitWritten(Duration.ofSeconds(1));
            moved = deliveries.report(report.provider(), report.messageId(), report.status(), report.reason(), now);
        }
        moved.ifPresent(delivery -> {
            String channel = delivery.channel().key();
            if (List.of("delivered", "failed", "undelivered").contains(report.status())) {
                meters.counter(
                                "loopin.sms.deliveries",
                                "provider",
                                report.provider(),
                                "channel",
                                channel,
                                "outcome",
                                report.status())
                        .increment();
            }
            if ("delivered".equals(report.status())) {
                meters.timer("loopin.sms.delivery.time", "provider", report.provider(), "channel", channel)
                        .record(Duration.between(delivery.createdAt(), now));
            } else if (delivery.fallbackWaiting() && !"sent".equals(report.status())) {
                fallbacks.send(delivery.id(), "failed");
            }
        });
    }

    @Override
    public Optional<DeliveryReport> find(String id) {
        if (id == null || !id.matches("dl_[0-9A-Za-z]{24}")) {
            return Optional.empty();
        }
        return writer.pending(id)
                .map(pending -> new DeliveryReport(
                        pending.id(),
                        pending.kind(),
                        pending.channel(),
                        pending.provider(),
                        pending.status(),
                        pending.reason(),
                        pending.at(),
                        pending.at(),
                        null))
                .or(() -> deliveries.find(id));
    }

    @Override
    public List<DeliveryReport> of(PhoneNumber phone, int limit) {
        return deliveries.of(phone.e164(), limit);
    }

    @Override
    public void forget(PhoneNumber phone) {
        deliveries.forget(phone.e164());
    }

    /** Deliveries older than {@code SMS_DELIVERY_RETENTION_DAYS} are deleted, on every instance (it is idempotent). */
    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
    void deleteOld() {
        deliveries.deleteOlderThan(clock.instant().minus(retention));
    }
}
