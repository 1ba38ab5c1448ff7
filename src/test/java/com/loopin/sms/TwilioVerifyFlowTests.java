package com.loopin.sms;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.loopin.support.Api.code;
import static com.loopin.support.Api.phone;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.loopin.leads.Leads;
import com.loopin.shared.PhoneNumber;
import com.loopin.support.Api;
import com.loopin.support.TestPhones;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** With Twilio Verify, Twilio makes and checks the codes; our attempts, single use and leads still apply. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TwilioVerifyFlowTests {

    static final String SERVICE = "VA99998888777766665555444433332222";
    static final WireMockServer twilio =
            new WireMockServer(WireMockConfiguration.options().dynamicPort());

    static {
        twilio.start();
        twilio.stubFor(post("/v2/Services/" + SERVICE + "/Verifications")
                .willReturn(aResponse()
                        .withStatus(201)
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"sid\":\"VE1\",\"status\":\"pending\"}")));
        twilio.stubFor(post("/v2/Services/" + SERVICE + "/VerificationCheck")
                .withRequestBody(containing("Code=7777"))
                .willReturn(okJson("{\"sid\":\"VE1\",\"status\":\"approved\"}")));
        twilio.stubFor(post("/v2/Services/" + SERVICE + "/VerificationCheck")
                .withRequestBody(containing("Code=1111"))
                .willReturn(okJson("{\"sid\":\"VE1\",\"status\":\"pending\"}")));
    }

    @DynamicPropertySource
    static void twilioSettings(DynamicPropertyRegistry registry) {
        registry.add("loopin.sms.provider", () -> "twilio-verify");
        registry.add("loopin.sms.twilio.account-sid", () -> "AC99998888777766665555444433332222");
        registry.add("loopin.sms.twilio.auth-token", () -> "verify-flow-token");
        registry.add("loopin.sms.twilio.verify-sid", () -> SERVICE);
        registry.add("loopin.sms.twilio.api-base-url", twilio::baseUrl);
    }

    @AfterAll
    static void stopTwilio() {
        twilio.stop();
    }

    @LocalServerPort
    int port;

    @Autowired
    Leads leads;

    @Test
    void twilioChecksTheCodeWhileOurAttemptsSingleUseAndLeadsStillApply() {
        var api = new Api(port);
        String number = TestPhones.newIndianMobile();
        assertThat(api.post("/api/auth/signup", phone(number)).status()).isEqualTo(200);

        var wrong = api.post("/api/auth/verify-otp", code(number, "1111"));
        assertThat(wrong.text("code")).isEqualTo("OTP_INVALID");
        assertThat(wrong.json().get("attempts_remaining").asInt()).isEqualTo(2);

        assertThat(api.post("/api/auth/verify-otp", code(number, "7777")).status())
                .isEqualTo(200);
        assertThat(api.post("/api/auth/verify-otp", code(number, "7777")).text("code"))
                .as("a code Twilio would still approve is single use here")
                .isEqualTo("OTP_NOT_FOUND");
        var lead = leads.find(new PhoneNumber(number)).orElseThrow();
        assertThat(lead.failedAttempts()).isEqualTo(1);
        assertThat(lead.verified()).isTrue();
    }
}
