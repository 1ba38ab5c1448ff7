package com.loopin.payments.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class HmacSignaturesTests {

    /** The vector of razorpay-java's own UtilsTest (secret, order, payment, signature). */
    @Test
    void razorpaysKnownAnswerVectorPasses() {
        assertThat(HmacSignatures.checkoutValid(
                        "EnLs21M47BllR3X8PSFtjtbd",
                        "order_IEIaMR65cu6nz3",
                        "pay_IH4NVgf4Dreq1l",
                        "0d4e745a1838664ad6c9c9902212a32d627d68e917290b0ad5f08ff4561bc50f"))
                .isTrue();
    }

    @Test
    void theOrderAndPaymentSwappedOrAnyCharacterChangedFails() {
        String secret = "EnLs21M47BllR3X8PSFtjtbd";
        String good = "0d4e745a1838664ad6c9c9902212a32d627d68e917290b0ad5f08ff4561bc50f";
        assertThat(HmacSignatures.checkoutValid(secret, "pay_IH4NVgf4Dreq1l", "order_IEIaMR65cu6nz3", good))
                .isFalse();
        assertThat(HmacSignatures.checkoutValid(
                        secret, "order_IEIaMR65cu6nz3", "pay_IH4NVgf4Dreq1l", good.replace('0', '1')))
                .isFalse();
        assertThat(HmacSignatures.checkoutValid("", "order_IEIaMR65cu6nz3", "pay_IH4NVgf4Dreq1l", good))
                .isFalse();
        assertThat(HmacSignatures.checkoutValid(secret, "order_IEIaMR65cu6nz3", "pay_IH4NVgf4Dreq1l", null))
                .isFalse();
    }

    @Test
    void aWebhookIsSignedOverItsRawBody() {
        byte[] body = "{\"event\":\"payment.captured\"}".getBytes(StandardCharsets.UTF_8);
        String signature = HmacSignatures.sign("whsec", body);
        assertThat(HmacSignatures.webhookValid("whsec", body, signature)).isTrue();
        assertThat(HmacSignatures.webhookValid("whsec", "{\"event\": \"payment.captured\"}".getBytes(), signature))
                .as("the same JSON written otherwise is another body")
                .isFalse();
    }
}
