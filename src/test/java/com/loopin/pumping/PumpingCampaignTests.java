package com.loopin.pumping;

import static org.assertj.core.api.Assertions.assertThat;

import com.loopin.staff.StaffAccounts;
import com.loopin.staff.StaffRole;
import com.loopin.support.Api;
import com.loopin.support.CapturingSmsSender;
import com.loopin.support.ConsoleSession;
import com.loopin.support.FlowTest;
import com.loopin.support.TestDatabaseSetup;
import com.loopin.support.TestPhones;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * The second review's attacks on the detector, each against the real flow on a database of its own: a campaign
 * at load-test speed, a griefer closing a quiet prefix of the home market, and two segments pumped at once.
 */
@FlowTest
@TestPropertySource(properties = {"loopin.pumping.enabled=true", "loopin.pumping.check-interval=1h"})
class PumpingCampaignTests {

    static final String DATABASE = "loopin_pumping_campaign";

    @DynamicPropertySource
    static void ownDatabase(DynamicPropertyRegistry registry) throws SQLException {
        TestDatabaseSetup.ownDatabase(DATABASE, registry);
    }

    @LocalServerPort
    int port;

    @Autowired
    CapturingSmsSender sms;

    @Autowired
    PumpingDetector detector;

    @Autowired
    SmsSegments segments;

    @Autowired
    StaffAccounts staff;

    @Test
    void aCampaignAtLoadTestSpeedIsStoppedWithinTenSecondsAndTwoHundredSms() throws Exception {
        var sent = new AtomicInteger();
        var stopped = new AtomicBoolean();
        var stoppedAfterNanos = new AtomicLong();
        long start = System.nanoTime();
        try (var threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < 16; i++) {
                threads.submit(() -> {
                    while (!stopped.get()
                            && System.nanoTime() - start
                                    < Duration.ofSeconds(20).toNanos()) {
                        var answer = new Api(port)
                                .post("/api/auth/signup", Api.phone(TestPhones.mobileStartingWith("+2348062")));
                        if (answer.status() == 200) {
                            sent.incrementAndGet();
                        } else if ("SMS_SEGMENT_THROTTLED".equals(answer.text("code"))
                                && stopped.compareAndSet(false, true)) {
                            stoppedAfterNanos.set(System.nanoTime() - start);
                        }
                    }
                });
            }
        }

        System.out.printf("Campaign stopped after %d SMS and %d ms%n", sent.get(), stoppedAfterNanos.get() / 1_000_000);
        assertThat(stopped).as("the campaign was stopped").isTrue();
        assertThat(Duration.ofNanos(stoppedAfterNanos.get())).isLessThanOrEqualTo(Duration.ofSeconds(10));
        assertThat(sent.get()).as("codes sent before it was stopped").isLessThanOrEqualTo(200);
        assertThat(segments.activeThrottles())
                .anySatisfy(throttle -> assertThat(throttle.segment().key()).isEqualTo("+234 8062"));
    }

    @Test
    void aGrieferCannotCloseAQuietPrefixOfTheHomeMarketStaffAreAlertedInstead() throws Exception {
        var griefer = new Api(port);
        for (int i = 0; i < 9; i++) {
            assertThat(griefer.post("/api/auth/signup", Api.phone(TestPhones.mobileStartingWith("+919813")))
                            .status())
                    .isEqualTo(200);
        }

        detector.check();

        assertThat(new Api(port)
                        .post("/api/auth/signup", Api.phone(TestPhones.mobileStartingWith("+919813")))
                        .status())
                .as("a new number of the prefix still gets its code")
                .isEqualTo(200);
        assertThat(segments.activeThrottles()).noneMatch(t -> t.segment().key().equals("+91 9813"));
        assertThat(segments.recentAlerts())
                .anySatisfy(alert -> assertThat(alert.segment().key()).isEqualTo("+91 9813"));

        staff.create(com.loopin.shared.Actor.system("test"), "alert-desk", "alert-desk-password-1", StaffRole.STAFF);
        var console = new ConsoleSession(port);
        console.signIn("alert-desk", "alert-desk-password-1");
        String page = console.get("/admin/fraud").body();
        assertThat(page.substring(page.indexOf("id=\"alerts\"")))
                .as("staff see the alert on the Fraud page")
                .contains("+91 9813", "9 numbers, 1 client");
    }

    @Test
    void pumpingTwoSegmentsAtOnceDoesNotSwitchTheDetectorOff() {
        for (int i = 0; i < 40; i++) {
            for (String prefix : new String[] {"+2348031", "+8801712"}) {
                assertThat(new Api(port)
                                .post("/api/auth/signup", Api.phone(TestPhones.mobileStartingWith(prefix)))
                                .status())
                        .isEqualTo(200);
            }
        }

        assertThat(detector.check())
                .extracting(throttle -> throttle.segment().key())
                .contains("+234 8031", "+880 1712");
    }
}
