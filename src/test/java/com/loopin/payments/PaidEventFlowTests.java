package com.loopin.payments;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.notContaining;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlMatching;
import static com.loopin.support.Razorpay.ACCOUNT_NUMBER;
import static com.loopin.support.Razorpay.GUEST_EMAIL;
import static com.loopin.support.Razorpay.GUEST_VPA;
import static com.loopin.support.Razorpay.KEY_ID;
import static com.loopin.support.Razorpay.KEY_SECRET;
import static com.loopin.support.Razorpay.PAN;
import static com.loopin.support.Razorpay.WEBHOOK_SECRET;
import static com.loopin.support.Razorpay.captured;
import static com.loopin.support.Razorpay.checkoutSignature;
import static com.loopin.support.Razorpay.event;
import static com.loopin.support.Razorpay.failed;
import static com.loopin.support.Razorpay.json;
import static com.loopin.support.Razorpay.orderPaid;
import static com.loopin.support.Razorpay.paymentEntity;
import static com.loopin.support.Razorpay.payoutAccount;
import static com.loopin.support.Razorpay.sign;
import static com.loopin.support.Razorpay.transfer;
import static com.loopin.support.Razorpay.validAccount;
import static com.loopin.support.Razorpay.webhook;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.loopin.support.Api;
import com.loopin.support.Browser;
import com.loopin.support.CapturingSmsSender;
import com.loopin.support.Concurrently;
import com.loopin.support.ConsoleSession;
import com.loopin.support.FlowTest;
import com.loopin.support.MutableClock;
import com.loopin.support.PhoneAuthClient;
import com.loopin.support.Razorpay;
import com.loopin.support.TestEvents;
import com.loopin.support.TestPhones;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.function.BooleanSupplier;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The contract's "Paying" section on PostgreSQL, through the API as the app and the gateway call it, with a local
 * stand-in for Razorpay's API (shapes from its documentation) and webhooks signed as Razorpay signs them.
 */
@FlowTest
@ExtendWith(OutputCaptureExtension.class)
class PaidEventFlowTests {

    static final String GSTIN = "27AABCL1234M1Z5";
    static final long SEAT = 50_000;
    static final long TOTAL = 52_950; // 500 + 5% fee (25) + 18% GST on the fee (4.50)
    static final WireMockServer razorpay = Razorpay.start();

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) {
        for (String argument : Razorpay.arguments(razorpay)) {
            String[] setting = argument.substring(2).split("=", 2);
            registry.add(setting[0], () -> setting[1]);
        }
        registry.add("loopin.payments.platform-gstin", () -> GSTIN);
        registry.add("loopin.admin.username", () -> "payments-admin");
        registry.add("loopin.admin.password", () -> "payments-admin-password-1");
    }

    @AfterAll
    static void stop() {
        razorpay.stop();
    }

    @LocalServerPort
    int port;

    @Autowired
    CapturingSmsSender sms;

    @Autowired
    MutableClock clock;

    @Autowired
    JdbcClient jdbc;

    Api api;
    PhoneAuthClient auth;

    @BeforeEach
    void setUp() {
        clock.reset();
        api = new Api(port);
        auth = new PhoneAuthClient(api, sms);
        razorpay.resetAll();
        Razorpay.stub(razorpay);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void theWholePaidJourneyAskHoldOrderConfirmWebhookTicketAndTheDoor(CapturedOutput output) {
        String host = host();
        String id = paidEvent(host, Map.of("capacity", 3), Instant.now().plus(Duration.ofHours(1)));
        JsonNode event = api.get("/api/events/" + id, null).json().get("data");
        assertThat(event.at("/price/seat_paise").asLong()).isEqualTo(SEAT);
        assertThat(event.at("/price/fee_paise").asLong()).isEqualTo(2_500);
        assertThat(event.at("/price/fee_gst_paise").asLong()).isEqualTo(450);
        assertThat(event.at("/price/total_paise").asLong()).isEqualTo(TOTAL);

        String guest = person();
        JsonNode request = ask(guest, id, 2);
        assertThat(request.get("status").asString()).isEqualTo("awaiting_payment");
        JsonNode payment = request.get("payment");
        String orderId = payment.get("order_id").asString();
        assertThat(orderId).startsWith("order_");
        assertThat(payment.get("amount_paise").asLong()).isEqualTo(2 * TOTAL);
        assertThat(payment.get("currency").asString()).isEqualTo("INR");
        assertThat(payment.get("key_id").asString()).isEqualTo(KEY_ID);
        assertThat(java.time.OffsetDateTime.parse(payment.get("expires_at").asString())
                        .toInstant())
                .isBetween(
                        Instant.now().plus(Duration.ofMinutes(9)), Instant.now().plus(Duration.ofMinutes(11)));
        razorpay.verify(postRequestedFor(urlEqualTo("/v1/orders"))
                .withBasicAuth(new com.github.tomakehurst.wiremock.client.BasicCredentials(KEY_ID, KEY_SECRET))
                .withRequestBody(matchingJsonPath("$.amount", equalTo(String.valueOf(2 * TOTAL))))
                .withRequestBody(matchingJsonPath("$.currency", equalTo("INR")))
                .withRequestBody(matchingJsonPath("$.transfers[0].account", equalTo(linkedAccountOf(host))))
                .withRequestBody(matchingJsonPath("$.transfers[0].amount", equalTo(String.valueOf(2 * SEAT))))
                .withRequestBody(matchingJsonPath("$.transfers[0].on_hold", equalTo("true")))
                .withRequestBody(matchingJsonPath(
                        "$.transfers[0].on_hold_until",
                        equalTo(String.valueOf(
                                OffsetDateTime.parse(event.get("ends_at").asString())
                                        .toInstant()
                                        .plus(Duration.ofHours(48))
                                        .getEpochSecond())))));
        assertThat(tickets(guest)).as("no ticket before the gateway says paid").isEmpty();
        assertThat(seatsTaken(id)).as("the seats are held").isEqualTo(2);

        String paymentId =
                "pay_" + UUID.randomUUID().toString().replace("-", "").substring(0, 14);
        capturedAtGateway(paymentId, orderId, 2 * TOTAL);
        var confirmed = api.post(
                "/api/payments/" + orderId + "/confirm",
                Map.of("payment_id", paymentId, "signature", checkoutSignature(orderId, paymentId)),
                guest);
        assertThat(confirmed.status()).as(confirmed.toString()).isEqualTo(200);
        assertThat(confirmed.json().at("/data/status").asString()).isEqualTo("paid");
        razorpay.verify(getRequestedFor(urlEqualTo("/v1/payments/" + paymentId)));
        List<JsonNode> tickets = tickets(guest);
        assertThat(tickets).hasSize(1);
        assertThat(tickets.getFirst().get("seats").asInt()).isEqualTo(2);
        assertThat(tickets.getFirst().get("status").asString()).isEqualTo("valid");

        // the gateway's webhook for the same payment arrives after: nothing more happens
        assertThat(webhook(api, "evt_" + paymentId, captured(paymentId, orderId, 2 * TOTAL))
                        .status())
                .isEqualTo(200);
        awaitProcessed("evt_" + paymentId);
        String kept = jdbc.sql("select payload from payment_webhook where event_id = ?")
                .param("evt_" + paymentId)
                .query(String.class)
                .single();
        assertThat(kept).contains(paymentId).contains(orderId);
        for (String howTheGuestPaid :
                List.of(GUEST_VPA, GUEST_EMAIL, "4242", "Guest Card Holder", "UPI998877", "9812345678")) {
            // digits count where they stand alone: the random port 42421 in the log is not the card's last four
            String alone = "(?<![0-9])" + java.util.regex.Pattern.quote(howTheGuestPaid) + "(?![0-9])";
            assertThat(kept).as("the webhook as kept").doesNotContainPattern(alone);
            assertThat(output.getAll()).as("the log").doesNotContainPattern(alone);
        }
        assertThat(tickets(guest)).hasSize(1);
        assertThat(ledger(orderId))
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        "payment", 2 * TOTAL,
                        "host_share", 2 * SEAT,
                        "fee", 2 * 2_500L,
                        "fee_gst", 2 * 450L));

        var in = api.post(
                "/api/events/" + id + "/check-ins",
                Map.of("code", tickets.getFirst().get("code").asString()),
                host);
        assertThat(in.status()).isEqualTo(200);
        assertThat(in.json().at("/data/seats").asInt()).isEqualTo(2);
        assertThat(api.get("/api/me/payments", guest)
                        .json()
                        .at("/data/0/status")
                        .asString())
                .isEqualTo("paid");
        String ours = api.get("/api/me/payments", guest).json().at("/data/0/id").asString();
        JsonNode receipt =
                api.get("/api/me/payments/" + ours + "/receipt", guest).json().get("data");
        assertThat(receipt.at("/issuer/gstin").asString()).isEqualTo(GSTIN);
        assertThat(receipt.get("lines").findValues("amount_paise").stream().map(JsonNode::asLong))
                .containsExactly(2 * SEAT, 2 * 2_500L, 2 * 450L);
        assertThat(receipt.get("total_paise").asLong()).isEqualTo(2 * TOTAL);
        assertThat(api.get("/api/me/payments/" + ours + "/receipt", host).status())
                .as("someone else's receipt")
                .isEqualTo(404);
        JsonNode earned = api.get("/api/me/earnings", host).json().at("/data/0");
        assertThat(earned.get("event_id").asString()).isEqualTo(id);
        assertThat(earned.get("gross_paise").asLong()).isEqualTo(2 * TOTAL);
        assertThat(earned.get("fee_paise").asLong()).isEqualTo(2 * (2_500 + 450));
        assertThat(earned.get("host_share_paise").asLong()).isEqualTo(2 * SEAT);
        assertThat(earned.get("payout").asString()).isEqualTo("on_hold");
    }

    @Test
    void aTamperedConfirmationIs400AndATamperedWebhookIsRefusedAndNothingChanges() {
        String host = host();
        String id = paidEvent(host, Map.of("capacity", 5), Instant.now().plus(Duration.ofDays(3)));
        String guest = person();
        String orderId = ask(guest, id, 1).at("/payment/order_id").asString();
        String paymentId = "pay_tampered" + System.nanoTime() % 100_000;
        capturedAtGateway(paymentId, orderId, TOTAL);

        var tampered = api.post(
                "/api/payments/" + orderId + "/confirm",
                Map.of("payment_id", paymentId, "signature", checkoutSignature(orderId, paymentId + "x")),
                guest);
        assertThat(tampered.status()).isEqualTo(400);
        assertThat(tampered.text("code")).isEqualTo("PAYMENT_SIGNATURE_INVALID");
        razorpay.verify(0, getRequestedFor(urlEqualTo("/v1/payments/" + paymentId)));

        byte[] body = captured(paymentId, orderId, TOTAL).getBytes(StandardCharsets.UTF_8);
        String signature = sign(WEBHOOK_SECRET, body);
        byte[] changed = captured(paymentId, orderId, 1).getBytes(StandardCharsets.UTF_8);
        var refused = api.send(api.request("/api/payments/webhook", null)
                .header("Content-Type", "application/json")
                .header("X-Razorpay-Signature", signature)
                .header("X-Razorpay-Event-Id", "evt_tampered_" + paymentId)
                .POST(HttpRequest.BodyPublishers.ofByteArray(changed))
                .build());
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.text("code")).isEqualTo("WEBHOOK_SIGNATURE_INVALID");
        assertThat(jdbc.sql("select count(*) from payment_webhook where event_id = ?")
                        .param("evt_tampered_" + paymentId)
                        .query(Long.class)
                        .single())
                .isZero();

        assertThat(myRequestStatus(guest, id)).isEqualTo("awaiting_payment");
        assertThat(tickets(guest)).isEmpty();
        assertThat(ledger(orderId)).isEmpty();
    }

    @Test
    void theSameWebhookTwiceAndAFailureAfterThePaymentMakeOneTicket() {
        String host = host();
        String id = paidEvent(host, Map.of("capacity", 5), Instant.now().plus(Duration.ofDays(3)));
        String guest = person();
        String orderId = ask(guest, id, 1).at("/payment/order_id").asString();
        String paymentId = "pay_twice" + System.nanoTime() % 100_000;

        String paid = orderPaid(paymentId, orderId, TOTAL);
        assertThat(webhook(api, "evt_a_" + paymentId, paid).status()).isEqualTo(200);
        assertThat(webhook(api, "evt_a_" + paymentId, paid).status())
                .as("the same event again")
                .isEqualTo(200);
        assertThat(webhook(api, "evt_b_" + paymentId, captured(paymentId, orderId, TOTAL))
                        .status())
                .isEqualTo(200);
        assertThat(webhook(api, "evt_c_" + paymentId, failed(paymentId, orderId, TOTAL))
                        .status())
                .isEqualTo(200);
        awaitProcessed("evt_c_" + paymentId);
        awaitProcessed("evt_b_" + paymentId);
        awaitProcessed("evt_a_" + paymentId);

        assertThat(tickets(guest)).hasSize(1);
        assertThat(myRequestStatus(guest, id)).isEqualTo("accepted");
        assertThat(ledger(orderId)).containsEntry("payment", TOTAL);
        assertThat(jdbc.sql("select count(*) from ledger_entry where order_id = (select id from payment_order"
                                + " where gateway_order_id = ?) and kind = 'payment'")
                        .param(orderId)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void aHostsShareTheGatewayCouldNotTransferLeavesTheirEarningsUntilATransferGoesThrough() throws Exception {
        String host = host();
        String id = paidEvent(host, Map.of("capacity", 5), Instant.now().plus(Duration.ofDays(3)));
        String guest = person();
        String orderId = ask(guest, id, 2).at("/payment/order_id").asString();
        String paymentId = "pay_trf" + System.nanoTime() % 1_000_000;
        assertThat(webhook(api, "evt_pay_" + paymentId, captured(paymentId, orderId, 2 * TOTAL))
                        .status())
                .isEqualTo(200);
        awaitProcessed("evt_pay_" + paymentId);

        String failure = "Transfer failed as the linked account is suspended";
        assertThat(webhook(api, "evt_trf1_" + paymentId, transfer("trf_one" + paymentId, paymentId, 2 * SEAT, failure))
                        .status())
                .isEqualTo(200);
        assertThat(webhook(api, "evt_trf1_" + paymentId, transfer("trf_one" + paymentId, paymentId, 2 * SEAT, failure))
                        .status())
                .as("the same webhook again")
                .isEqualTo(200);
        awaitProcessed("evt_trf1_" + paymentId);
        assertThat(ledger(orderId)).containsEntry("host_share", 2 * SEAT).containsEntry("transfer_failed", -2 * SEAT);
        JsonNode earned = api.get("/api/me/earnings", host).json().at("/data/0");
        assertThat(earned.get("payout").asString()).isEqualTo("transfer_failed");
        assertThat(earned.get("host_share_paise").asLong()).isZero();
        assertThat(earned.get("gross_paise").asLong())
                .as("what the guest paid stays")
                .isEqualTo(2 * TOTAL);
        String ours = jdbc.sql("select id from payment_order where gateway_order_id = ?")
                .param(orderId)
                .query(String.class)
                .single();
        var console = new ConsoleSession(port);
        console.signIn("payments-admin", "payments-admin-password-1");
        String page = console.get("/admin/payments/" + ours).body();
        assertThat(page).contains("trf_one" + paymentId).contains(failure).contains("transfer.failed");

        // staff transfer it again on the gateway's dashboard: the share comes back, and a late failure of the first
        // transfer (out of order) does not take it away again
        assertThat(webhook(api, "evt_trf2_" + paymentId, transfer("trf_two" + paymentId, paymentId, 2 * SEAT, null))
                        .status())
                .isEqualTo(200);
        awaitProcessed("evt_trf2_" + paymentId);
        assertThat(webhook(api, "evt_trf3_" + paymentId, transfer("trf_one" + paymentId, paymentId, 2 * SEAT, failure))
                        .status())
                .isEqualTo(200);
        awaitProcessed("evt_trf3_" + paymentId);
        earned = api.get("/api/me/earnings", host).json().at("/data/0");
        assertThat(earned.get("host_share_paise").asLong()).isEqualTo(2 * SEAT);
        assertThat(earned.get("payout").asString()).isEqualTo("on_hold");
        assertThat(jdbc.sql("select transfer_id || ' ' || transfer_status from payment_order where id = ?")
                        .param(ours)
                        .query(String.class)
                        .single())
                .isEqualTo("trf_two" + paymentId + " processed");
        assertThat(jdbc.sql("select count(*) from ledger_entry where order_id = ? and kind = 'transfer_failed'")
                        .param(ours)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void aPaymentAfterTheHoldExpiredIsRefundedInFullAndMakesNoTicket() {
        String host = host();
        String id = paidEvent(
                host,
                Map.of("capacity", 1, "max_seats_per_request", 1),
                Instant.now().plus(Duration.ofDays(3)));
        String guest = person(), next = person();
        String orderId = ask(guest, id, 1).at("/payment/order_id").asString();
        assertThat(ask(next, id, 1).get("status").asString()).isEqualTo("waitlisted");

        clock.advance(Duration.ofMinutes(11));
        await(() -> "expired".equals(myRequestStatus(guest, id)), "the hold expires");
        assertThat(myRequestStatus(next, id))
                .as("the freed seat goes to the waitlist, held for their payment")
                .isEqualTo("awaiting_payment");

        String paymentId = "pay_late" + System.nanoTime() % 100_000;
        assertThat(webhook(api, "evt_late_" + paymentId, captured(paymentId, orderId, TOTAL))
                        .status())
                .isEqualTo(200);
        awaitRefundAsked(paymentId);
        List<LoggedRequest> refunds =
                razorpay.findAll(postRequestedFor(urlEqualTo("/v1/payments/" + paymentId + "/refund")));
        assertThat(refunds).hasSize(1);
        assertThat(refunds.getFirst().getHeader("X-Refund-Idempotency")).startsWith("rf_");
        assertThat(amountOf(refunds.getFirst())).isEqualTo(TOTAL);
        assertThat(tickets(guest)).isEmpty();
        JsonNode mine = api.get("/api/me/payments", guest).json().at("/data/0");
        assertThat(mine.get("status").asString()).isEqualTo("refunded");
        assertThat(mine.at("/refunds/0/reason").asString()).isEqualTo("late_payment");
        assertThat(seatsTaken(id)).as("never more than the capacity").isEqualTo(1);
    }

    @Test
    void theHostCancellingRefundsEveryPaidGuestEverythingTheyPaid() {
        String host = host();
        String id = paidEvent(host, Map.of("capacity", 5), Instant.now().plus(Duration.ofDays(3)));
        String guest = person(), unpaid = person();
        String paymentId = pay(guest, id, 2);
        ask(unpaid, id, 1);

        var cancelled = api.post("/api/events/" + id + "/cancel", Map.of("reason", "The venue flooded"), host);
        assertThat(cancelled.status()).isEqualTo(200);

        awaitRefundAsked(paymentId);
        List<LoggedRequest> refunds =
                razorpay.findAll(postRequestedFor(urlEqualTo("/v1/payments/" + paymentId + "/refund")));
        assertThat(refunds).hasSize(1);
        assertThat(amountOf(refunds.getFirst())).as("the fee included").isEqualTo(2 * TOTAL);
        assertThat(refunds.getFirst().getBodyAsString())
                .as("the host's transfer is taken back")
                .contains("\"reverse_all\":true");
        await(
                () -> api.get("/api/me/earnings", host)
                                .json()
                                .at("/data/0/host_share_paise")
                                .asLong()
                        == 0,
                "the host's share is reversed in the ledger");
        JsonNode mine = api.get("/api/me/payments", unpaid).json().at("/data/0");
        assertThat(mine.get("status").asString()).isEqualTo("expired");
        assertThat(mine.get("checkout").isNull()).isTrue();
    }

    @Test
    void aGuestCancellingEarlyGetsTheSeatPriceBackAndLateGetsNothing() {
        String host = host();
        String early = paidEvent(host, Map.of("capacity", 5), Instant.now().plus(Duration.ofDays(5)));
        String late = paidEvent(host, Map.of("capacity", 5), Instant.now().plus(Duration.ofHours(20)));
        String guest = person();
        String earlyPayment = pay(guest, early, 2);
        String latePayment = pay(guest, late, 1);

        assertThat(api.delete("/api/events/" + early + "/requests/mine", guest).status())
                .isEqualTo(200);
        assertThat(api.delete("/api/events/" + late + "/requests/mine", guest).status())
                .isEqualTo(200);

        awaitRefundAsked(earlyPayment);
        assertThat(amountOf(razorpay.findAll(postRequestedFor(urlEqualTo("/v1/payments/" + earlyPayment + "/refund")))
                        .getFirst()))
                .as("the seat price, the fee kept")
                .isEqualTo(2 * SEAT);
        sleep(Duration.ofMillis(800));
        assertThat(razorpay.findAll(postRequestedFor(urlEqualTo("/v1/payments/" + latePayment + "/refund"))))
                .as("within 48 hours of the start: nothing")
                .isEmpty();
    }

    @Test
    void theGatewayDownWhenAskingIs503WithRetryAfterAndLetsTheSeatsGo() {
        String host = host();
        String id = paidEvent(host, Map.of("capacity", 2), Instant.now().plus(Duration.ofDays(3)));
        String guest = person();
        razorpay.stubFor(post("/v1/orders").willReturn(aResponse().withStatus(502)));

        var refused = api.post("/api/events/" + id + "/requests", Map.of("seats", 2), guest);
        assertThat(refused.status()).isEqualTo(503);
        assertThat(refused.text("code")).isEqualTo("PAYMENT_GATEWAY_UNAVAILABLE");
        assertThat(refused.header("Retry-After")).isEqualTo("30");
        assertThat(seatsTaken(id)).isZero();

        setUp(); // the gateway is back
        assertThat(ask(guest, id, 2).get("status").asString())
                .as("asking again works")
                .isEqualTo("awaiting_payment");
    }

    @Test
    void theGatewayDownWhenConfirmingIs503AndItsWebhookFinishesThePaymentLater() {
        String host = host();
        String id = paidEvent(host, Map.of("capacity", 2), Instant.now().plus(Duration.ofDays(3)));
        String guest = person();
        String orderId = ask(guest, id, 1).at("/payment/order_id").asString();
        String paymentId = "pay_down" + System.nanoTime() % 100_000;
        razorpay.stubFor(get("/v1/payments/" + paymentId)
                .willReturn(com.github.tomakehurst.wiremock.client.WireMock.aResponse()
                        .withStatus(500)));

        var confirmed = api.post(
                "/api/payments/" + orderId + "/confirm",
                Map.of("payment_id", paymentId, "signature", checkoutSignature(orderId, paymentId)),
                guest);
        assertThat(confirmed.status()).isEqualTo(503);
        assertThat(confirmed.text("code")).isEqualTo("PAYMENT_GATEWAY_UNAVAILABLE");
        assertThat(confirmed.header("Retry-After")).isEqualTo("30");
        assertThat(myRequestStatus(guest, id)).as("the seats stay held").isEqualTo("awaiting_payment");

        assertThat(webhook(api, "evt_later_" + paymentId, captured(paymentId, orderId, TOTAL))
                        .status())
                .isEqualTo(200);
        await(() -> "accepted".equals(myRequestStatus(guest, id)), "the webhook finishes the payment");
        assertThat(tickets(guest)).hasSize(1);
    }

    @Test
    void guestsRacingForTheLastSeatsNeverOversellThem() throws Exception {
        String host = host();
        String id = paidEvent(host, Map.of("capacity", 3), Instant.now().plus(Duration.ofDays(3)));
        List<String> guests = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            guests.add(person());
        }
        List<Callable<String>> asks = guests.stream()
                .<Callable<String>>map(
                        guest -> () -> ask(guest, id, 1).get("status").asString())
                .toList();
        List<String> outcomes = Concurrently.run(asks);
        assertThat(outcomes).filteredOn("awaiting_payment"::equals).hasSize(3);
        assertThat(outcomes).filteredOn("waitlisted"::equals).hasSize(3);
        assertThat(seatsTaken(id)).isEqualTo(3);
        assertThat(jdbc.sql("select count(*) from payment_order where event_id = ? and status <> 'void'")
                        .param(id)
                        .query(Long.class)
                        .single())
                .as("a guest who lost the race to the waitlist keeps no order to pay")
                .isEqualTo(3);
    }

    @Test
    void aHostsNewLegalNameAndPanGoToTheGatewayAndTheirBusinessTypeCannotChange() {
        String host = host();
        String linked = linkedAccountOf(host);
        Map<String, Object> changed = new java.util.HashMap<>(validAccount());
        changed.put("legal_name", "Asha Rao Events");
        changed.put("pan", "BBBPR4321K");
        var saved = payoutAccount(api, host, changed);
        assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
        assertThat(saved.json().at("/data/pan").asString()).endsWith("321K");
        razorpay.verify(patchRequestedFor(urlEqualTo("/v2/accounts/" + linked))
                .withRequestBody(matchingJsonPath("$.legal_business_name", equalTo("Asha Rao Events")))
                .withRequestBody(matchingJsonPath("$.legal_info.pan", equalTo("BBBPR4321K")))
                .withRequestBody(notContaining("\"business_type\""))
                .withRequestBody(notContaining("\"email\"")));
        assertThat(razorpay.findAll(postRequestedFor(urlEqualTo("/v2/accounts"))).stream()
                        .filter(request -> request.getBodyAsString().contains("Asha Rao Events")))
                .as("no second linked account")
                .isEmpty();

        changed.put("business_type", "proprietorship");
        var refused = payoutAccount(api, host, changed);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().at("/errors/0/field").asString()).isEqualTo("business_type");
    }

    @Test
    void aPaidEventIsPublishedOnlyOnceTheHostsPayoutAccountIsActivated() {
        String host = person();
        Map<String, Object> paid = Map.of(
                "title", "Pottery evening",
                "interests", List.of(1),
                "starts_at", Instant.now().plus(Duration.ofDays(4)).toString(),
                "ends_at",
                        Instant.now()
                                .plus(Duration.ofDays(4))
                                .plus(Duration.ofHours(2))
                                .toString(),
                "venue", Map.of("name", "Studio", "city", "Pune"),
                "price_paise", SEAT);
        var draft = api.post("/api/events", paid, host);
        assertThat(draft.status()).as("a draft needs no account").isEqualTo(201);
        String id = draft.json().at("/data/id").asString();
        var refused = api.post("/api/events/" + id + "/publish", Map.of(), host);
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.text("code")).isEqualTo("PAYOUT_ACCOUNT_REQUIRED");

        razorpay.stubFor(patch(urlMatching("/v2/accounts/[^/]+/products/[^/]+")).willReturn(json("""
                        {"id":"{{request.pathSegments.[4]}}","activation_status":"under_review","requirements":[]}""")));
        assertThat(payoutAccount(api, host, validAccount())
                        .json()
                        .at("/data/status")
                        .asString())
                .isEqualTo("under_review");
        assertThat(api.post("/api/events/" + id + "/publish", Map.of(), host).status())
                .isEqualTo(409);

        String account = linkedAccountOf(host);
        String activated = "{\"entity\":\"event\",\"account_id\":\"" + account
                + "\",\"event\":\"product.route.activated\",\"contains\":[\"merchant_product\"],"
                + "\"payload\":{\"merchant_product\":{\"entity\":{\"id\":\"acc_prd_x\",\"merchant_id\":\""
                + account + "\",\"activation_status\":\"activated\",\"requirements\":[]}}},\"created_at\":1765000000}";
        assertThat(webhook(api, "evt_route_" + account, activated).status()).isEqualTo(200);
        awaitProcessed("evt_route_" + account);
        assertThat(api.get("/api/me/payout-account", host)
                        .json()
                        .at("/data/status")
                        .asString())
                .isEqualTo("activated");
        assertThat(api.post("/api/events/" + id + "/publish", Map.of(), host).status())
                .isEqualTo(200);
    }

    @Test
    void aPayoutAccountIsCheckedAnsweredMaskedAndKeepsNoBankNumberOrClearPanAnywhere(CapturedOutput output) {
        String host = person();
        Map<String, Object> wrong = new java.util.HashMap<>(validAccount());
        wrong.put("pan", "ABC123");
        wrong.put("ifsc", "HDFC1234567");
        wrong.put("accept_terms", false);
        var refused = payoutAccount(api, host, wrong);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("errors").findValuesAsString("field"))
                .containsExactlyInAnyOrder("pan", "ifsc", "accept_terms");

        var saved = payoutAccount(api, host, validAccount());
        assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
        JsonNode account = saved.json().get("data");
        assertThat(account.get("status").asString()).isEqualTo("activated");
        assertThat(account.get("pan").asString()).isEqualTo("******234K");
        assertThat(account.get("bank_account").asString()).isEqualTo("********9012");
        razorpay.verify(patchRequestedFor(urlMatching("/v2/accounts/[^/]+/products/[^/]+"))
                .withRequestBody(matchingJsonPath("$.settlements.account_number", equalTo(ACCOUNT_NUMBER)))
                .withRequestBody(matchingJsonPath("$.settlements.ifsc_code", equalTo("HDFC0001234"))));

        String everything = jdbc.sql("select concat_ws('|', user_id, linked_account_id, legal_name, email, phone,"
                        + " pan_sealed, pan_last4, bank_last4, ifsc, street) from payout_account")
                .query(String.class)
                .list()
                .toString();
        assertThat(everything).doesNotContain(ACCOUNT_NUMBER).doesNotContain(PAN);
        assertThat(output.getAll()).doesNotContain(ACCOUNT_NUMBER).doesNotContain(PAN);
    }

    @Test
    @EnabledIf("com.loopin.support.Browser#available")
    void staffFindAPaymentReadItsLedgerRefundPartOfItByHandAndExportTheLedger() throws Exception {
        String host = host();
        String id = paidEvent(host, Map.of("capacity", 5), Instant.now().plus(Duration.ofDays(3)));
        String guest = person();
        String paymentId = pay(guest, id, 2);
        String orderId = jdbc.sql("select gateway_order_id from payment_order where payment_id = ?")
                .param(paymentId)
                .query(String.class)
                .single();
        String disputeId = "disp_" + paymentId.substring(4);
        String disputed = event(
                "payment.dispute.created",
                "[\"payment\",\"dispute\"]",
                "\"payment\":{\"entity\":" + paymentEntity(paymentId, orderId, 2 * TOTAL, "captured") + "},"
                        + "\"dispute\":{\"entity\":{\"id\":\"" + disputeId + "\",\"entity\":\"dispute\","
                        + "\"payment_id\":\"" + paymentId + "\",\"amount\":" + 2 * TOTAL + ",\"currency\":\"INR\","
                        + "\"reason_code\":\"chargeback\",\"respond_by\":1766000000,\"status\":\"open\","
                        + "\"phase\":\"chargeback\",\"created_at\":1765000000}}");
        assertThat(webhook(api, "evt_" + disputeId, disputed).status()).isEqualTo(200);
        awaitProcessed("evt_" + disputeId);

        var browser = Browser.start();
        try {
            String base = "http://localhost:" + port;
            browser.get(base + "/admin/login");
            browser.findElement(By.name("username")).sendKeys("payments-admin");
            browser.findElement(By.name("password")).sendKeys("payments-admin-password-1");
            Browser.clickAndWait(browser, browser.findElement(By.cssSelector("button[type=submit]")));
            browser.get(base + "/admin/payments?q=" + id);
            var rows = browser.findElements(By.cssSelector("tbody tr"));
            assertThat(rows).hasSize(1);
            assertThat(rows.getFirst().getText()).contains("paid").contains("₹1,059.00");
            Browser.clickAndWait(browser, rows.getFirst().findElement(By.tagName("a")));
            String page = browser.findElement(By.tagName("main")).getText();
            assertThat(page)
                    .contains(paymentId)
                    .contains("host_share")
                    .contains(disputeId)
                    .contains("₹1,000.00")
                    .contains("payment.captured");
            Browser.screenshot(browser, "80-payment");

            browser.findElement(By.name("amount")).sendKeys("500");
            browser.findElement(By.name("reason")).sendKeys("Arrived late through the venue's fault");
            Browser.clickAndWait(browser, browser.findElement(By.cssSelector("button.danger")));
            assertThat(browser.findElement(By.cssSelector(".flash.ok")).getText())
                    .isEqualTo("Refund of ₹500.00 asked of the gateway.");
            assertThat(browser.findElement(By.tagName("main")).getText())
                    .contains("by_staff")
                    .contains("payments-admin")
                    .as("what is left may be refunded by hand again")
                    .contains("Up to ₹559.00 is left");
            awaitRefundAsked(paymentId);
            assertThat(amountOf(razorpay.findAll(postRequestedFor(urlEqualTo("/v1/payments/" + paymentId + "/refund")))
                            .getFirst()))
                    .isEqualTo(50_000);
            browser.get(base + "/admin/audit?action=payment.refund");
            assertThat(browser.findElement(By.tagName("main")).getText()).contains("Arrived late");
        } finally {
            browser.quit();
        }

        var console = new ConsoleSession(port);
        console.signIn("payments-admin", "payments-admin-password-1");
        var csv = console.get("/admin/payments/ledger.csv");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.body().lines().filter(line -> line.contains(paymentId)))
                .as("the payment and its parts")
                .hasSize(4);
        assertThat(csv.body()).contains(",refund,-50000,-500.00,");

        // a second refund by hand, its form sent twice (a double click): asked of the gateway once
        String ours = jdbc.sql("select id from payment_order where payment_id = ?")
                .param(paymentId)
                .query(String.class)
                .single();
        var key = java.util.regex.Pattern.compile("name=\"key\" value=\"([A-Za-z0-9-]+)\"")
                .matcher(console.get("/admin/payments/" + ours).body());
        assertThat(key.find()).as("the refund form's key").isTrue();
        Map<String, String> form = Map.of("amount", "100", "reason", "The parking was closed", "key", key.group(1));
        assertThat(console.post("/admin/payments/" + ours + "/refund", form, true)
                        .statusCode())
                .isEqualTo(302);
        assertThat(console.post("/admin/payments/" + ours + "/refund", form, true)
                        .statusCode())
                .as("the same form again")
                .isEqualTo(302);
        assertThat(jdbc.sql("select amount_paise from payment_refund where order_id = ? and reason = 'by_staff'"
                                + " order by created_at")
                        .param(ours)
                        .query(Long.class)
                        .list())
                .containsExactly(50_000L, 10_000L);
        assertThat(jdbc.sql("select refunded_paise from payment_order where id = ?")
                        .param(ours)
                        .query(Long.class)
                        .single())
                .isEqualTo(60_000);
    }

    @Test
    void aDaysSettlementsAreComparedWithTheLedgerLineByLine() throws Exception {
        String host = host();
        String id = paidEvent(host, Map.of("capacity", 5), Instant.now().plus(Duration.ofDays(3)));
        String paymentId = pay(person(), id, 1);
        razorpay.stubFor(get(urlMatching("/v1/settlements/recon/combined\\?.*"))
                .withQueryParam("year", equalTo("2026"))
                .withQueryParam("day", equalTo("4"))
                .willReturn(json("""
                        {"entity":"collection","count":3,"items":[
                         {"entity_id":"%s","type":"payment","amount":%d,"fee":1250,"tax":225,"order_id":"order_x",
                          "settlement_id":"setl_bench1","settled":true},
                         {"entity_id":"pay_notours0001","type":"payment","amount":10000,"fee":236,"tax":42,
                          "settlement_id":"setl_bench1","settled":true},
                         {"entity_id":"adj_0001","type":"adjustment","amount":500,"fee":0,"tax":0,
                          "settlement_id":"setl_bench1","settled":true}]}""".formatted(paymentId, TOTAL))));

        var console = new ConsoleSession(port);
        console.signIn("payments-admin", "payments-admin-password-1");
        String page =
                console.get("/admin/payments/reconciliation?day=2026-12-04").body();
        assertThat(page).contains(paymentId).contains("pay_notours0001").contains("adj_0001");
        assertThat(page.split("<tr class=\"settled\">"))
                .as("the header, then each line with its outcome")
                .hasSize(4)
                .satisfies(rows -> {
                    assertThat(rows[1]).contains("matched");
                    assertThat(rows[2]).contains("not in our ledger");
                    assertThat(rows[3]).contains("gateway only (adjustment)");
                });
        assertThat(page).contains("₹629.50"); // the payments settled: ours (₹529.50) and the unknown one (₹100)

        razorpay.stubFor(get(urlMatching("/v1/settlements/recon/combined\\?.*"))
                .willReturn(com.github.tomakehurst.wiremock.client.WireMock.aResponse()
                        .withStatus(503)));
        assertThat(console.get("/admin/payments/reconciliation?day=2026-12-03").body())
                .contains("could not be read");
    }

    /** The guest asks, the gateway captures and tells us: the payment id. */
    private String pay(String guest, String eventId, int seats) {
        String orderId = ask(guest, eventId, seats).at("/payment/order_id").asString();
        String paymentId =
                "pay_" + UUID.randomUUID().toString().replace("-", "").substring(0, 14);
        assertThat(webhook(api, "evt_" + paymentId, captured(paymentId, orderId, seats * TOTAL))
                        .status())
                .isEqualTo(200);
        await(() -> "accepted".equals(myRequestStatus(guest, eventId)), "the payment is recorded");
        return paymentId;
    }

    private String paidEvent(String host, Map<String, Object> fields, Instant start) {
        Map<String, Object> all = new java.util.HashMap<>(fields);
        all.put("admission", "open");
        all.put("price_paise", SEAT);
        all.putIfAbsent("max_seats_per_request", 2);
        return TestEvents.create(api, host, all, start);
    }

    private JsonNode ask(String token, String eventId, int seats) {
        var answer = api.post("/api/events/" + eventId + "/requests", Map.of("seats", seats), token);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
        return answer.json().get("data");
    }

    private String myRequestStatus(String token, String eventId) {
        return api.get("/api/events/" + eventId, token)
                .json()
                .at("/data/me/request/status")
                .asString();
    }

    private int seatsTaken(String eventId) {
        return jdbc.sql("select e.seats_taken + coalesce((select sum(t.seats) from event_seat_stripe t"
                        + " where t.event_id = e.id), 0) from event e where e.id = ?")
                .param(eventId)
                .query(Integer.class)
                .single();
    }

    private List<JsonNode> tickets(String token) {
        var answer = api.get("/api/me/tickets", token);
        assertThat(answer.status()).isEqualTo(200);
        return StreamSupport.stream(answer.json().get("data").spliterator(), false)
                .toList();
    }

    private Map<String, Long> ledger(String gatewayOrderId) {
        Map<String, Long> sums = new java.util.HashMap<>();
        jdbc.sql("select kind, sum(amount_paise) as total from ledger_entry where order_id ="
                        + " (select id from payment_order where gateway_order_id = ?) group by kind")
                .param(gatewayOrderId)
                .query((java.sql.ResultSet row) -> {
                    sums.put(row.getString("kind"), row.getLong("total"));
                });
        return sums;
    }

    private void capturedAtGateway(String paymentId, String orderId, long amount) {
        razorpay.stubFor(get("/v1/payments/" + paymentId)
                .willReturn(aResponse()
                        .withHeader("Content-Type", "application/json")
                        .withBody(paymentEntity(paymentId, orderId, amount, "captured"))));
    }

    private void awaitProcessed(String eventId) {
        await(
                () -> jdbc.sql("select count(*) from payment_webhook where event_id = ? and processed_at is not null")
                                .param(eventId)
                                .query(Long.class)
                                .single()
                        == 1,
                "webhook " + eventId + " is processed");
    }

    private void awaitRefundAsked(String paymentId) {
        await(
                () -> !razorpay.findAll(postRequestedFor(urlEqualTo("/v1/payments/" + paymentId + "/refund")))
                        .isEmpty(),
                "the gateway is asked to refund " + paymentId);
        sleep(Duration.ofMillis(300)); // a second ask would come within a run
    }

    private static long amountOf(LoggedRequest refund) {
        return new tools.jackson.databind.ObjectMapper()
                .readTree(refund.getBodyAsString())
                .get("amount")
                .asLong();
    }

    /** A person whose payout account is activated: they can publish paid events. */
    private String host() {
        String host = person();
        var saved = payoutAccount(api, host, validAccount());
        assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
        assertThat(saved.json().at("/data/status").asString()).isEqualTo("activated");
        return host;
    }

    private String linkedAccountOf(String token) {
        String phone = api.get("/api/auth/profile", token)
                .json()
                .at("/data/phone_number")
                .asString();
        return jdbc.sql("select a.linked_account_id from payout_account a join app_user u on u.id = a.user_id"
                        + " where u.phone_number = ?")
                .param(phone)
                .query(String.class)
                .single();
    }

    private String person() {
        return auth.signUpComplete(TestPhones.newIndianMobile());
    }

    private static void await(BooleanSupplier condition, String what) {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as(what).isLessThan(deadline);
            sleep(Duration.ofMillis(100));
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
