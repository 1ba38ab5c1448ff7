package com.loopin.sms.internal;

import com.loopin.database.PublicIds;
import com.loopin.sms.Channel;
import com.loopin.sms.SmsReceipt;
import com.loopin.sms.VerificationSms;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;

/**
 * Records each message as a delivery with an unguessable id, after the provider answered and outside any
 * transaction: in the next batch ({@link DeliveryWriter}), or at once when an SMS fallback waits on it. The console provider's messages are delivered as they are written. A message that went out is not
 * undone because its record could not be written: the answer then has no delivery id.
 */
class DeliveryRecorder implements SmsDelivery.DeliveryLog {

    private static final Logger log = LoggerFactory.getLogger(DeliveryRecorder.class);

    private final DeliveryRepository deliveries;
    private final DeliveryWriter writer;
    private final CodeSeal seal;
    private final Clock clock;

    DeliveryRecorder(DeliveryRepository deliveries, DeliveryWriter writer, CodeSeal seal, Clock clock) {
        this.deliveries = deliveries;
        this.writer = writer;
        this.seal = seal;
        this.clock = clock;
    }

    @Override
    public String record(
            VerificationSms sms, Channel channel, SmsReceipt receipt, String failedReason, Duration fallbackAfter) {
        String id = "dl_" + PublicIds.random(24);
        Instant now = clock.instant();
        boolean console = "console".equals(receipt.provider());
        String status = failedReason != null ? "failed" : console ? "delivered" : "queued";
        boolean waits = fallbackAfter != null && !console && failedReason == null;
        try {
            var delivery = new DeliveryRepository.NewDelivery(
                    id,
                    sms.to().e164(),
                    sms.kind(),
                    sms.language(),
                    sms.appHash(),
                    channel,
                    receipt.provider(),
                    receipt.messageId(),
                    status,
                    failedReason,
                    now,
                    waits ? now.plus(fallbackAfter) : null,
                    waits ? seal.seal(sms.code()) : null);
            if (waits) {
                deliveries.insert(delivery); // the fallback depends on this row: written before the answer
            } else {
                writer.write(delivery);
            }
            return id;
        } catch (DataAccessException e) {
            log.warn(
                    "A code went out by {} to {}, but its delivery could not be recorded: {}",
                    channel.key(),
                    sms.to(),
                    e.toString());
            return null;
        }
    }
}
