package com.loopin.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import com.loopin.support.Api;
import com.loopin.support.CapturingSmsSender;
import com.loopin.support.FlowTest;
import com.loopin.support.PhoneAuthClient;
import com.loopin.support.TestPhones;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/**
 * A small pool (4 connections, as a small instance on a shared database has): one client flooding the service
 * cannot take the others' answers away, and a burst of honest clients that the pool drains within its timeout
 * is served rather than shed.
 */
@FlowTest
@TestPropertySource(
        properties = {
            "spring.datasource.hikari.maximum-pool-size=4",
            "spring.flyway.url=${spring.datasource.url}",
            "spring.flyway.user=${spring.datasource.username}",
            "spring.flyway.password=${spring.datasource.password}"
        })
class FloodAndBurstTests {

    @LocalServerPort
    int port;

    @Autowired
    CapturingSmsSender sms;

    @Test
    void oneClientFloodingRefreshWithRandomTokensDoesNotStarveAnotherClientsReads() throws Exception {
        var victim = new Api(port);
        String token = new PhoneAuthClient(victim, sms).signUp(TestPhones.newIndianMobile());
        var flooder = new Api(port, Api.randomAddress());
        var flooding = new AtomicBoolean(true);
        ConcurrentMap<Integer, AtomicInteger> floodAnswers = new ConcurrentHashMap<>();
        List<Integer> victimAnswers = new ArrayList<>();
        try (var threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < 200; i++) {
                threads.submit(() -> {
                    while (flooding.get()) {
                        int status = flooder.post(
                                        "/api/auth/refresh",
                                        Map.of(
                                                "refresh_token",
                                                UUID.randomUUID().toString()))
                                .status();
                        floodAnswers
                                .computeIfAbsent(status, s -> new AtomicInteger())
                                .incrementAndGet();
                    }
                });
            }
            Thread.sleep(1_000);
            for (int i = 0; i < 50; i++) {
                victimAnswers.add(victim.get("/api/auth/profile", token).status());
                Thread.sleep(20);
            }
            flooding.set(false);
        }

        assertThat(victimAnswers.stream().filter(status -> status == 200).count())
                .as("the other client's reads while one floods: %s; the flood got %s", victimAnswers, floodAnswers)
                .isGreaterThanOrEqualTo(48);
        assertThat(floodAnswers).as("the flood is refused for what it is").containsKey(429);
    }

    @Test
    void aBurstOfVerificationsThePoolCanDrainIsServedNotShed() throws Exception {
        List<String[]> numbersAndCodes = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            String number = TestPhones.newIndianMobile();
            assertThat(new Api(port).post("/api/auth/signup", Api.phone(number)).status())
                    .isEqualTo(200);
            numbersAndCodes.add(new String[] {number, sms.lastCodeFor(number)});
        }
        List<Future<Integer>> right = new ArrayList<>();
        List<Future<Integer>> wrong = new ArrayList<>();
        try (var threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (String[] numberAndCode : numbersAndCodes) {
                String wrongCode = numberAndCode[1].equals("0000") ? "1111" : "0000";
                wrong.add(threads.submit(() -> new Api(port)
                        .post("/api/auth/verify-otp", Api.code(numberAndCode[0], wrongCode))
                        .status()));
                right.add(threads.submit(() -> new Api(port)
                        .post("/api/auth/verify-otp", Api.code(numberAndCode[0], numberAndCode[1]))
                        .status()));
            }
        }
        List<Integer> rightAnswers = new ArrayList<>();
        for (var answer : right) {
            rightAnswers.add(answer.get());
        }
        List<Integer> wrongAnswers = new ArrayList<>();
        for (var answer : wrong) {
            wrongAnswers.add(answer.get());
        }
        assertThat(rightAnswers)
                .as("60 right codes among 120 parallel verifications")
                .containsOnly(200);
        assertThat(wrongAnswers).doesNotContain(503, 500);
    }
}
