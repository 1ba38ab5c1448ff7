package com.loopin.payments;

import com.loopin.payments.internal.RazorpayGateway;
import com.loopin.shared.PublicPaths;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;

@Configuration
@EnableConfigurationProperties(PaymentProperties.class)
class PaymentConfiguration {

    private static final Logger log = LoggerFactory.getLogger(PaymentConfiguration.class);

    /** Razorpay when {@code RAZORPAY_KEY_ID} is set (then its secret and webhook secret must be too); else none. */
    @Bean
    PaymentGateway paymentGateway(PaymentProperties properties, JsonMapper json) {
        if (!properties.razorpay().configured()) {
            log.info("Paid events are off: RAZORPAY_KEY_ID is not set");
            return new NoGateway();
        }
        log.info("Payments go through Razorpay at {}", properties.razorpay().baseUrl());
        return new RazorpayGateway(properties.razorpay(), json);
    }

    /** The gateway signs its webhooks; it has no token. */
    @Bean
    PublicPaths paymentWebhookPath() {
        return PublicPaths.of("POST /api/payments/webhook");
    }
}
