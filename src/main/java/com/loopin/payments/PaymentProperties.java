package com.loopin.payments;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param razorpay the gateway's keys; without a key id, paid events are refused ({@code PAID_EVENTS_UNAVAILABLE})
 * @param guestRefundCutoff a guest who cancels more than this before the start gets the seat price back ({@code
 *     GUEST_REFUND_CUTOFF_HOURS}, 48)
 * @param workInterval how often the gateway's webhooks and the refunds to ask for are taken up
 * @param hostPayoutHold the host's share is held this long after the event's end before it settles ({@code
 *     HOST_PAYOUT_HOLD_HOURS}, 48)
 * @param panKeys {@code PAYOUT_PAN_KEYS}: versioned keys that seal hosts' PANs, {@code 2:BASE64,1:BASE64}
 * @param platformName the platform's legal name on receipts ({@code PLATFORM_LEGAL_NAME})
 * @param platformGstin the platform's GSTIN, under which the fee's GST is charged ({@code PLATFORM_GSTIN})
 */
@ConfigurationProperties("loopin.payments")
public record PaymentProperties(
        Razorpay razorpay,
        @DefaultValue("48h") Duration guestRefundCutoff,
        @DefaultValue("1s") Duration workInterval,
        @DefaultValue("48h") Duration hostPayoutHold,
        java.util.List<String> panKeys,
        @DefaultValue("Loopin") String platformName,
        String platformGstin) {

    public PaymentProperties {
        razorpay = razorpay == null
                ? new Razorpay(null, null, null, "https://api.razorpay.com", Duration.ofSeconds(10))
                : razorpay;
        panKeys = panKeys == null
                ? java.util.List.of()
                : panKeys.stream()
                        .map(String::strip)
                        .filter(key -> !key.isEmpty())
                        .toList();
    }

    /**
     * @param keyId {@code RAZORPAY_KEY_ID} (public: the app's checkout gets it)
     * @param keySecret {@code RAZORPAY_KEY_SECRET}: the API's password and the checkout signature's key
     * @param webhookSecret {@code RAZORPAY_WEBHOOK_SECRET}: the key of the webhooks' signatures
     * @param baseUrl {@code RAZORPAY_BASE_URL}, https://api.razorpay.com (a stand-in's address in tests)
     * @param timeout how long one call to the gateway may take ({@code RAZORPAY_TIMEOUT_SECONDS}, 10)
     */
    public record Razorpay(
            String keyId,
            String keySecret,
            String webhookSecret,
            @DefaultValue("https://api.razorpay.com") String baseUrl,
            @DefaultValue("10s") Duration timeout) {

        public boolean configured() {
            return keyId != null && !keyId.isBlank();
        }
    }
}
