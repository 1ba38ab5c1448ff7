package com.loopin.payments.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.loopin.payments.PaymentGateway.Notice;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Razorpay's webhook shapes (from its documentation's samples) read into what the service acts on. */
class RazorpayWebhooksTests {

    private final JsonMapper json = JsonMapper.builder().build();

    private Notice read(String type, String payload) {
        JsonNode event = json.readTree("{\"entity\":\"event\",\"account_id\":\"acc_platform\",\"event\":\"" + type
                + "\",\"payload\":" + payload + ",\"created_at\":1765000000}");
        return RazorpayWebhooks.read(type, event);
    }

    private static final String PAYMENT =
            "{\"payment\":{\"entity\":{\"id\":\"pay_29QQoUBi66xm2f\",\"entity\":\"payment\","
                    + "\"amount\":52500,\"currency\":\"INR\",\"status\":\"captured\",\"order_id\":\"order_9A33XWu170gUtm\","
                    + "\"method\":\"upi\",\"captured\":true}}";

    @Test
    void aCapturedPaymentAndAPaidOrderBothReportTheCapture() {
        for (String type : new String[] {"payment.captured", "order.paid"}) {
            assertThat(read(type, PAYMENT + "}")).isInstanceOfSatisfying(Notice.Captured.class, captured -> {
                assertThat(captured.payment().id()).isEqualTo("pay_29QQoUBi66xm2f");
                assertThat(captured.payment().orderId()).isEqualTo("order_9A33XWu170gUtm");
                assertThat(captured.payment().amountPaise()).isEqualTo(52500);
                assertThat(captured.payment().captured()).isTrue();
            });
        }
    }

    @Test
    void refundsReportWhetherTheyWentThrough() {
        String refund =
                "{\"refund\":{\"entity\":{\"id\":\"rfnd_FgRAHdNOM4ZVbO\",\"entity\":\"refund\",\"amount\":50000,"
                        + "\"payment_id\":\"pay_29QQoUBi66xm2f\",\"status\":\"%s\"}}}";
        assertThat(read("refund.processed", refund.formatted("processed")))
                .isEqualTo(new Notice.RefundSettled("rfnd_FgRAHdNOM4ZVbO", true));
        assertThat(read("refund.failed", refund.formatted("failed")))
                .isEqualTo(new Notice.RefundSettled("rfnd_FgRAHdNOM4ZVbO", false));
    }

    @Test
    void aLinkedAccountNeedingClarificationNamesWhatIsMissing() {
        String product = "{\"merchant_product\":{\"entity\":{\"id\":\"acc_prd_HEgNpywUFctQ9e\",\"merchant_id\":"
                + "\"acc_HQVlm3bnPmccC0\",\"activation_status\":\"needs_clarification\",\"requirements\":["
                + "{\"field_reference\":\"settlements.account_number\",\"resolution_url\":\"/accounts/x\","
                + "\"status\":\"required\",\"reason_code\":\"field_missing\"}]}}}";
        assertThat(read("product.route.needs_clarification", product))
                .isEqualTo(new Notice.AccountActivation(
                        "acc_HQVlm3bnPmccC0",
                        "needs_clarification",
                        java.util.List.of("settlements.account_number:field_missing")));
    }

    @Test
    void aDisputeIsReadWithThePaymentsOrder() {
        String dispute = PAYMENT + ",\"dispute\":{\"entity\":{\"id\":\"disp_Esz7KAitoYM7PJ\",\"entity\":\"dispute\","
                + "\"payment_id\":\"pay_29QQoUBi66xm2f\",\"amount\":52500,\"currency\":\"INR\",\"reason_code\":"
                + "\"chargeback\",\"respond_by\":1766000000,\"status\":\"open\",\"phase\":\"chargeback\"}}}";
        assertThat(read("payment.dispute.created", dispute))
                .isInstanceOfSatisfying(Notice.DisputeReported.class, reported -> {
                    assertThat(reported.gatewayOrderId()).isEqualTo("order_9A33XWu170gUtm");
                    assertThat(reported.dispute().id()).isEqualTo("disp_Esz7KAitoYM7PJ");
                    assertThat(reported.dispute().amountPaise()).isEqualTo(52500);
                    assertThat(reported.dispute().reasonCode()).isEqualTo("chargeback");
                    assertThat(reported.dispute().phase()).isEqualTo("chargeback");
                    assertThat(reported.dispute().respondBy()).isEqualTo(Instant.ofEpochSecond(1766000000));
                });
    }

    @Test
    void aRouteTransferReportsThePaymentItCameFromAndWhyItFailed() {
        String transfer = "{\"transfer\":{\"entity\":{\"id\":\"trf_ECB6hP5cyN30pU\",\"entity\":\"transfer\","
                + "\"transfer_status\":\"%s\",\"settlement_status\":null,\"source\":\"%s\","
                + "\"recipient\":\"acc_CNo3jSI8OkFJJJ\",\"amount\":100000,\"currency\":\"INR\",\"amount_reversed\":0,"
                + "\"error\":{\"code\":%s,\"description\":%s,\"field\":null,\"source\":null,\"step\":null,"
                + "\"reason\":%s},\"on_hold\":true,\"on_hold_until\":1766000000,\"processed_at\":1765000000}}}";
        assertThat(read("transfer.processed", transfer.formatted("processed", "pay_EB1R2s8D4vOAKG", null, null, null)))
                .isEqualTo(new Notice.TransferReported(
                        "trf_ECB6hP5cyN30pU", "pay_EB1R2s8D4vOAKG", null, true, 100000, null));
        assertThat(read(
                        "transfer.failed",
                        transfer.formatted(
                                "failed",
                                "pay_EB1R2s8D4vOAKG",
                                "\"BAD_REQUEST_TRANSFER_INSUFFICIENT_BALANCE\"",
                                "\"Transfer failed due to insufficient balance\"",
                                "\"insufficient_balance\"")))
                .isEqualTo(new Notice.TransferReported(
                        "trf_ECB6hP5cyN30pU",
                        "pay_EB1R2s8D4vOAKG",
                        null,
                        false,
                        100000,
                        "Transfer failed due to insufficient balance"));
        assertThat(read(
                        "transfer.processed",
                        transfer.formatted("processed", "order_9A33XWu170gUtm", null, null, null)))
                .as("a transfer named by its order")
                .isEqualTo(new Notice.TransferReported(
                        "trf_ECB6hP5cyN30pU", null, "order_9A33XWu170gUtm", true, 100000, null));
    }

    @Test
    void eventsThisServiceDoesNotActOnAreIgnored() {
        assertThat(read("payment.authorized", PAYMENT + "}")).isInstanceOf(Notice.Ignored.class);
        assertThat(read("settlement.processed", "{\"settlement\":{\"entity\":{\"id\":\"setl_DGlQ1Rj8os78Ec\"}}}"))
                .isInstanceOf(Notice.Ignored.class);
        assertThat(read("transfer.processed", "{}")).as("no transfer in it").isInstanceOf(Notice.Ignored.class);
    }
}
