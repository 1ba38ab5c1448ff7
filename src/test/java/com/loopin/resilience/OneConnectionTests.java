package com.loopin.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import com.loopin.interests.EventInterests;
import com.loopin.shared.Actor;
import com.loopin.support.Api;
import com.loopin.support.CapturingSmsSender;
import com.loopin.support.FlowTest;
import com.loopin.support.PhoneAuthClient;
import com.loopin.support.TestPhones;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/**
 * No request needs two pooled connections at once: with a pool of one, a request that suspended its transaction
 * to open another would wait for itself until the pool gives up (a 503 for the client, and under load a pool
 * emptied by requests waiting on each other). Each step here runs on a pool of exactly one connection.
 */
@FlowTest
@TestPropertySource(
        properties = {
            "spring.datasource.hikari.maximum-pool-size=1",
            "spring.datasource.hikari.minimum-idle=1",
            "spring.datasource.hikari.connection-timeout=2000",
            // Flyway holds one connection for its lock and migrates on another: let it open its own
            "spring.flyway.url=${spring.datasource.url}",
            "spring.flyway.user=${spring.datasource.username}",
            "spring.flyway.password=${spring.datasource.password}"
        })
class OneConnectionTests {

    @LocalServerPort
    int port;

    @Autowired
    CapturingSmsSender sms;

    @Autowired
    EventInterests interests;

    @Test
    void theAppsWholeFlowWorksOnOneConnection() {
        var api = new Api(port);
        String number = TestPhones.newIndianMobile();
        String token = new PhoneAuthClient(api, sms).signUp(number);
        // staff change the interests: every instance reloads the list on its next use, here inside a request
        interests.create(Actor.system("test"), "One connection " + UUID.randomUUID(), null);

        var completed = api.post("/api/auth/complete-profile", PhoneAuthClient.validProfile(), token);
        assertThat(completed.status()).as(completed.toString()).isEqualTo(200);
        assertThat(api.get("/api/auth/profile", token).status()).isEqualTo(200);
        assertThat(api.get("/api/auth/event-interests").status()).isEqualTo(200);
        assertThat(api.post("/api/auth/login", Api.phone(number)).status()).isEqualTo(200);
        var verified = api.post("/api/auth/verify-login", Api.code(number, sms.lastCodeFor(number)));
        assertThat(verified.status()).as(verified.toString()).isEqualTo(200);
        var refreshed =
                api.post("/api/auth/refresh", java.util.Map.of("refresh_token", verified.text("refresh_token")));
        assertThat(refreshed.status()).as(refreshed.toString()).isEqualTo(200);
    }
}
