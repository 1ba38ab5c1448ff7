package com.loopin.sms.internal;

import com.loopin.shared.PhoneNumber;
import com.loopin.sms.LiveCodes;
import com.loopin.sms.VerificationSms;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends by SMS the code of a WhatsApp delivery that failed or reported nothing in time ({@code channel=auto}). Any
 * instance may: a fallback is claimed by one conditional update for a lease, the SMS is sent with no transaction
 * open, and a fallback whose instance died is due again when its lease ends. Only a code the user can still use
 * goes out again: not one already used, replaced or expired.
 */
@Component
class Fallbacks {

    private static final Logger log = LoggerFactory.getLogger(Fallbacks.class);
    private static final Duration LEASE = Duration.ofSeconds(30);
    private static final int BATCH = 20;

    private final DeliveryRepository deliveries;
    private final SmsDelivery delivery;
    private final CodeSeal seal;
    private final ObjectProvider<LiveCodes> liveCodes;
    private final Duration validity;
    private final MeterRegistry meters;
    private final Clock clock;

    Fallbacks(
            DeliveryRepository deliveries,
            SmsDelivery delivery,
            CodeSeal seal,
            ObjectProvider<LiveCodes> liveCodes,
            @Value("${loopin.otp.expiry:10m}") Duration validity,
            MeterRegistry meters,
            Clock clock) {
        this.deliveries = deliveries;
        this.delivery = delivery;
        this.seal = seal;
        this.liveCodes = liveCodes;
        this.validity = validity;
        this.meters = meters;
        this.clock = clock;
    }

    /** The WhatsApp deliveries that had no report in time. */
    @Scheduled(fixedDelayString = "${loopin.sms.whatsapp.fallback-poll:2s}", initialDelayString = "10s")
    void sendDue() {
        for (String id : deliveries.fallbacksDue(clock.instant(), BATCH)) {
            send(id, "timeout");
        }
    }

    /** Sends the fallback of one delivery if it is still due and nobody else took it. */
    void send(String id, String why) {
        Instant now = clock.instant();
        var pending = deliveries.claimFallback(id, now, now.plus(LEASE)).orElse(null);
        if (pending == null) {
            return;
        }
        var phone = new PhoneNumber(pending.phone());
        String code = seal.open(pending.sealedCode()).orElse(null);
        LiveCodes live = liveCodes.getIfAvailable();
        if (code == null || (live != null && !live.isLive(phone, code))) {
            deliveries.endFallback(id, null, clock.instant());
            return;
        }
        try {
            var receipt = delivery.bySms(
                    new VerificationSms(phone, code, validity, pending.kind(), pending.language(), pending.appHash()));
            deliveries.endFallback(id, receipt.deliveryId(), clock.instant());
            meters.counter("loopin.sms.fallbacks", "why", why).increment();
        } catch (RuntimeException e) {
            // the lease runs out and the fallback is due again, while the code lives
            log.warn("The SMS fallback of delivery {} to {} failed: {}", id, phone, e.toString());
        }
    }
}
