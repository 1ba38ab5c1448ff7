package com.loopin.payments;

import com.loopin.payments.PaymentGateway.Notice;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The gateway's webhooks: checked and stored once by their event id (the answer is 2xx at once, or 503 when the
 * database cannot keep it, and the gateway tries again), then processed after that commit on any instance: a batch is
 * taken in one transaction (rows another instance holds are skipped), each webhook in a savepoint of its own. Only
 * what moves money forward is acted on; events out of order cannot move a paid order back; unknown events are kept
 * and ignored.
 */
@Service
class GatewayWebhooks {

    private static final Logger log = LoggerFactory.getLogger(GatewayWebhooks.class);
    static final int BATCH = 100;
    static final int MAX_ATTEMPTS = 10;

    private final WebhookRepository webhooks;
    private final PaymentGateway gateway;
    private final Captures captures;
    private final Refunds refunds;
    private final PayoutAccounts payouts;
    private final HostTransfers transfers;
    private final DisputeRepository disputes;
    private final OrderRepository orders;
    private final JsonMapper json;
    private final TransactionTemplate batch;
    private final TransactionTemplate each;
    private final Clock clock;

    GatewayWebhooks(
            WebhookRepository webhooks,
            PaymentGateway gateway,
            Captures captures,
            Refunds refunds,
            PayoutAccounts payouts,
            HostTransfers transfers,
            DisputeRepository disputes,
            OrderRepository orders,
            JsonMapper json,
            PlatformTransactionManager transactions,
            Clock clock) {
        this.webhooks = webhooks;
        this.gateway = gateway;
        this.captures = captures;
        this.refunds = refunds;
        this.payouts = payouts;
        this.transfers = transfers;
        this.disputes = disputes;
        this.orders = orders;
        this.json = json;
        this.batch = new TransactionTemplate(transactions);
        this.each = new TransactionTemplate(transactions);
        this.each.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
        this.clock = clock;
    }

    /**
     * Keeps a webhook whose signature matches its raw body.
     *
     * @param eventId the gateway's {@code X-Razorpay-Event-Id}; when absent, the body's digest
     * @throws PaymentRefusedException for a signature that does not match, or a body that is not an event
     */
    void receive(byte[] raw, String signature, String eventId) {
        if (!gateway.webhookSignatureValid(raw, signature)) {
            log.warn("A payment webhook with a signature that does not match was refused");
            throw new PaymentRefusedException(
                    com.loopin.shared.ErrorCode.WEBHOOK_SIGNATURE_INVALID, "The signature does not match the body.");
        }
        JsonNode body;
        try {
            body = json.readTree(raw);
        } catch (RuntimeException e) {
            body = null;
        }
        PaymentGateway.Webhook webhook = gateway.webhookOf(body)
                .orElseThrow(() -> new PaymentRefusedException(
                        com.loopin.shared.ErrorCode.MALFORMED_REQUEST, "The body is not a gateway event."));
        String id = eventId == null || eventId.isBlank() ? digest(raw) : eventId.strip();
        // the signature was checked over the raw body; what is kept leaves out how the guest paid
        if (!webhooks.receive(id, webhook, json.writeValueAsString(webhook.kept()), clock.instant())) {
            log.debug("Payment webhook {} received again: already kept", id);
        }
    }

    @Scheduled(
            fixedDelayString = "${loopin.payments.work-interval:1s}",
            initialDelayString = "${loopin.payments.work-interval:1s}")
    void scheduled() {
        try {
            while (process() == BATCH) {
                // a full batch: more may be waiting
            }
        } catch (RuntimeException e) {
            log.warn("Processing payment webhooks failed, trying again at the next run: {}", e.getMessage());
        }
    }

    /**
     * @return how many webhooks this run took: none on an instance without a gateway, which could only read them as
     *     nothing to do and would mark them processed (another instance's captured payment lost, with no ticket)
     */
    int process() {
        if (!gateway.configured()) {
            return 0;
        }
        Integer taken = batch.execute(status -> {
            var rows = webhooks.claim(BATCH, MAX_ATTEMPTS);
            for (WebhookRepository.Row row : rows) {
                try {
                    each.executeWithoutResult(savepoint -> handle(row));
                    webhooks.processed(row.eventId(), clock.instant());
                } catch (RuntimeException e) {
                    String error = e.getClass().getSimpleName() + ": " + e.getMessage();
                    webhooks.failed(row.eventId(), error);
                    if (row.attempts() + 1 >= MAX_ATTEMPTS) {
                        log.error(
                                "Payment webhook {} failed {} times and is left for staff: {}",
                                row.eventId(),
                                MAX_ATTEMPTS,
                                error);
                    } else {
                        log.warn("Payment webhook {} failed, trying again: {}", row.eventId(), error);
                    }
                }
            }
            return rows.size();
        });
        return taken == null ? 0 : taken;
    }

    private void handle(WebhookRepository.Row row) {
        switch (gateway.readWebhook(row.eventType(), json.readTree(row.payload()))) {
            case Notice.Captured captured -> captures.record(captured.payment());
            case Notice.RefundSettled refund -> refunds.reported(refund.refundId(), refund.processed());
            case Notice.AccountActivation account ->
                payouts.activationReported(account.accountId(), account.status(), account.requirements());
            case Notice.DisputeReported reported -> dispute(reported);
            case Notice.TransferReported transfer -> transfers.reported(transfer);
            case Notice.Ignored ignored ->
                log.debug("Payment webhook {} ({}) needs nothing done", row.eventId(), row.eventType());
        }
    }

    /** Recorded for staff, against the order its payment paid. */
    private void dispute(Notice.DisputeReported reported) {
        PaymentDetail.Dispute dispute = reported.dispute();
        String orderId = reported.gatewayOrderId() == null
                ? null
                : orders.ofGatewayOrder(reported.gatewayOrderId())
                        .map(PaymentOrder::id)
                        .orElse(null);
        disputes.reported(dispute, orderId, clock.instant());
        log.warn(
                "The gateway reports dispute {} on payment {} ({})",
                dispute.id(),
                dispute.paymentId(),
                dispute.status());
    }

    private static String digest(byte[] body) {
        try {
            return "sha256:"
                    + HexFormat.of()
                            .formatHex(MessageDigest.getInstance("SHA-256").digest(body))
                            .substring(0, 56);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
