package com.loopin;

import static com.loopin.support.Api.code;
import static com.loopin.support.Api.phone;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.loopin.support.Api;
import com.loopin.support.CapturingSmsSender;
import com.loopin.support.Concurrently;
import com.loopin.support.MutableClock;
import com.loopin.support.PhoneAuthClient;
import com.loopin.support.Razorpay;
import com.loopin.support.TestBeans;
import com.loopin.support.TestEvents;
import com.loopin.support.TestPhones;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * Two application instances on one PostgreSQL database, as behind a load balancer: whatever one of them decides,
 * the other honours. Security state lives in the database; what an instance keeps in memory (the sessions that
 * ended, the throttled segments) follows it within a second: at once by notification, or at the next catch-up,
 * which runs every second. The second is asserted as the mechanism (the catch-up interval); the waits for the other
 * instance keep a margin of {@link #MARGIN} that a loaded two-core CI machine cannot break.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoInstancesTests {

    static final Duration MARGIN = Duration.ofSeconds(5);
    static final WireMockServer razorpay = Razorpay.start();

    ConfigurableApplicationContext first;
    ConfigurableApplicationContext second;

    @BeforeAll
    void start() {
        Razorpay.stub(razorpay);
        first = start("a");
        second = start("b");
    }

    @AfterAll
    void stop() {
        first.close();
        second.close();
        razorpay.stop();
    }

    @Test
    void aCodeRequestedThroughOneVerifiesThroughTheOther() {
        String number = TestPhones.newIndianMobile();
        assertThat(api(first).post("/api/auth/signup", phone(number)).status()).isEqualTo(200);

        var verified =
                api(second).post("/api/auth/verify-otp", code(number, sms(first).lastCodeFor(number)));
        assertThat(verified.status()).isEqualTo(200);
        assertThat(api(first).get("/api/auth/profile", verified.text("token")).status())
                .as("a token minted on one works on the other")
                .isEqualTo(200);
    }

    @Test
    void theCooldownAndLimitsHoldAcrossInstances() {
        freshDayOnBoth();
        String number = TestPhones.newIndianMobile();
        assertThat(api(first).post("/api/auth/signup", phone(number)).status()).isEqualTo(200);
        var tooSoon = api(second).post("/api/auth/signup", phone(number));
        assertThat(tooSoon.status()).isEqualTo(429);
        assertThat(tooSoon.text("code")).isEqualTo("OTP_COOLDOWN");

        for (int i = 0; i < 4; i++) {
            advanceBoth(Duration.ofSeconds(61));
            var instance = i % 2 == 0 ? second : first;
            assertThat(api(instance).post("/api/auth/signup", phone(number)).status())
                    .isEqualTo(200);
        }
        advanceBoth(Duration.ofSeconds(61));
        var sixth = api(first).post("/api/auth/signup", phone(number));
        assertThat(sixth.status())
                .as("the fifth code was the last one in ten minutes")
                .isEqualTo(429);
        assertThat(sixth.text("limit")).isEqualTo("number_codes_10_minutes");
    }

    @Test
    void aRefreshTokenRotatedOnOneIsDeadOnTheOther() {
        var signedIn = signUpThrough(first);
        var rotated = api(first).post("/api/auth/refresh", Map.of("refresh_token", signedIn.text("refresh_token")));
        assertThat(rotated.status()).isEqualTo(200);
        advanceBoth(Duration.ofSeconds(11));

        var reuse = api(second).post("/api/auth/refresh", Map.of("refresh_token", signedIn.text("refresh_token")));
        assertThat(reuse.status()).isEqualTo(401);
        assertThat(reuse.text("code")).isEqualTo("REFRESH_TOKEN_REUSED");
        assertThat(api(first)
                        .post("/api/auth/refresh", Map.of("refresh_token", rotated.text("refresh_token")))
                        .status())
                .isEqualTo(401);
    }

    @Test
    void aLogoutOnOneIsHonouredByTheOtherWithinASecond() throws Exception {
        var signedIn = signUpThrough(first);
        assertThat(api(second).get("/api/auth/profile", signedIn.text("token")).status())
                .isEqualTo(200);

        assertThat(api(first)
                        .post("/api/auth/logout", "{}", signedIn.text("token"))
                        .status())
                .isEqualTo(200);
        assertThat(statusWithin(
                        MARGIN,
                        401,
                        () -> api(second)
                                .get("/api/auth/profile", signedIn.text("token"))
                                .status()))
                .isEqualTo(401);
    }

    @Test
    void aLogoutIsHonouredByTheOtherWithinASecondEvenWhenItsListeningConnectionIsKilled() throws Exception {
        var signedIn = signUpThrough(first);
        assertThat(api(second).get("/api/auth/profile", signedIn.text("token")).status())
                .isEqualTo(200);

        try (var admin =
                java.sql.DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/postgres", "postgres", "")) {
            admin.createStatement()
                    .execute("select pg_terminate_backend(pid) from pg_stat_activity where application_name = '"
                            + com.loopin.database.ChangeNotifications.APPLICATION_NAME + "'");
        }
        assertThat(api(first)
                        .post("/api/auth/logout", "{}", signedIn.text("token"))
                        .status())
                .isEqualTo(200);
        long loggedOutAt = System.nanoTime();
        assertThat(statusWithin(
                        MARGIN,
                        401,
                        () -> api(second)
                                .get("/api/auth/profile", signedIn.text("token"))
                                .status()))
                .isEqualTo(401);
        assertThat(Duration.ofNanos(System.nanoTime() - loggedOutAt))
                .as("without its notification, the catch-up query ended it within a second")
                .isLessThanOrEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void aSegmentThrottledOnOneIsThrottledOnTheOtherWithinASecond() throws Exception {
        String prefix = "+234803" + String.format("%02d", new java.util.Random().nextInt(100));
        var segments = first.getBean(com.loopin.pumping.SmsSegments.class);
        var throttle = segments.block(
                com.loopin.pumping.Segment.parse(prefix).orElseThrow(),
                Duration.ofMinutes(10),
                "a test",
                com.loopin.shared.Actor.staff("tester"));
        try {
            assertThat(statusWithin(
                            MARGIN,
                            429,
                            () -> api(second)
                                    .post("/api/auth/signup", phone(TestPhones.mobileStartingWith(prefix)))
                                    .status()))
                    .isEqualTo(429);
        } finally {
            second.getBean(com.loopin.pumping.SmsSegments.class)
                    .lift(throttle.id(), com.loopin.shared.Actor.staff("tester"));
        }
        assertThat(statusWithin(
                        MARGIN,
                        200,
                        () -> api(first)
                                .post("/api/auth/signup", phone(TestPhones.mobileStartingWith(prefix)))
                                .status()))
                .as("lifted on the other")
                .isEqualTo(200);
    }

    /** Asks until the answer is the expected one or the time is up; returns the last answer. */
    @Test
    void seatsAreNeverOversoldWhenGuestsAskThroughBothInstances() throws Exception {
        var hostApi =
                new Api(((WebServerApplicationContext) first).getWebServer().getPort());
        String host = new com.loopin.support.PhoneAuthClient(hostApi, sms(first))
                .signUpComplete(TestPhones.newIndianMobile());
        java.time.Instant start = clock(first).instant().plus(Duration.ofDays(7));
        var kolkata = java.time.ZoneId.of("Asia/Kolkata");
        var created = hostApi.post(
                "/api/events",
                java.util.Map.of(
                        "title",
                        "Two doors, seven seats",
                        "interests",
                        java.util.List.of(1),
                        "starts_at",
                        start.atZone(kolkata).toOffsetDateTime().toString(),
                        "ends_at",
                        start.plusSeconds(7200)
                                .atZone(kolkata)
                                .toOffsetDateTime()
                                .toString(),
                        "venue",
                        java.util.Map.of("city", "Pune"),
                        "admission",
                        "open",
                        "capacity",
                        7,
                        "publish",
                        true),
                host);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String event = created.json().at("/data/id").asString();
        java.util.List<java.util.concurrent.Callable<String>> asks = new java.util.ArrayList<>();
        for (int i = 0; i < 24; i++) {
            var instance = i % 2 == 0 ? first : second;
            var guestApi = new Api(
                    ((WebServerApplicationContext) instance).getWebServer().getPort());
            String guest = new com.loopin.support.PhoneAuthClient(guestApi, sms(instance))
                    .signUpComplete(TestPhones.newIndianMobile());
            asks.add(() -> guestApi.post("/api/events/" + event + "/requests", java.util.Map.of("seats", 1), guest)
                    .json()
                    .at("/data/status")
                    .asString());
        }

        java.util.List<String> outcomes = new java.util.ArrayList<>();
        try (var threads = java.util.concurrent.Executors.newFixedThreadPool(12)) {
            for (var answer : threads.invokeAll(asks)) {
                outcomes.add(answer.get());
            }
        }

        assertThat(outcomes).filteredOn("accepted"::equals).hasSize(7);
        assertThat(outcomes).filteredOn("waitlisted"::equals).hasSize(17);
        assertThat(api(second)
                        .get("/api/events/" + event, host)
                        .json()
                        .at("/data/seats_taken")
                        .asInt())
                .isEqualTo(7);
    }

    @Test
    void aHostsNewNameShowsOnTheOtherInstanceWithinASecond() throws Exception {
        String host = new PhoneAuthClient(api(first), sms(first)).signUpComplete(TestPhones.newIndianMobile());
        String event = TestEvents.create(
                api(first), host, Map.of(), java.time.Instant.now().plus(Duration.ofDays(3)));
        java.util.function.Supplier<String> nameOnSecond = () -> api(second)
                .get("/api/events/" + event)
                .json()
                .at("/data/host/name")
                .asString();
        assertThat(nameOnSecond.get()).isEqualTo("Gaurav Kumar");

        Map<String, Object> profile = new java.util.HashMap<>(PhoneAuthClient.validProfile());
        profile.put("name", "Gaurav Renamed");
        assertThat(api(first).post("/api/auth/complete-profile", profile, host).status())
                .isEqualTo(200);
        // the second instance kept the card it read; the first instance's notification makes it forget it (kept
        // untold, it would show the old name for a minute)
        assertThat(statusWithin(MARGIN, 1, () -> nameOnSecond.get().equals("Gaurav Renamed") ? 1 : 0))
                .as("the new name on the other instance")
                .isEqualTo(1);
    }

    @Test
    void anEventsNewTitleShowsInTheOtherInstancesList() throws Exception {
        String host = new PhoneAuthClient(api(first), sms(first)).signUpComplete(TestPhones.newIndianMobile());
        String word = "tabla" + System.nanoTime();
        // a week after both instances' clocks, which other tests move
        java.time.Instant later = clock(first).instant().isAfter(clock(second).instant())
                ? clock(first).instant()
                : clock(second).instant();
        String event = TestEvents.create(
                api(first), host, Map.of("title", "Tabla evening " + word), later.plus(Duration.ofDays(7)));
        java.util.function.Supplier<String> listedOnSecond = () -> {
            for (JsonNode listed :
                    api(second).get("/api/events?q=" + word).json().get("data")) {
                if (listed.get("id").asString().equals(event)) {
                    return listed.get("title").asString();
                }
            }
            return null;
        };
        assertThat(listedOnSecond.get()).isEqualTo("Tabla evening " + word);

        assertThat(api(first)
                        .patch("/api/events/" + event, Map.of("title", "Tabla and sitar evening " + word), host)
                        .status())
                .isEqualTo(200);
        // the second instance kept the row it listed; the first tells it of the change after the commit, and it forgets
        // the row (untold, its list would show the old title for a minute)
        assertThat(statusWithin(
                        MARGIN, 1, () -> ("Tabla and sitar evening " + word).equals(listedOnSecond.get()) ? 1 : 0))
                .as("the new title in the other instance's list")
                .isEqualTo(1);
    }

    @Test
    void eachReminderIsOneInboxItemThoughBothInstancesLookForItEverySecond() throws Exception {
        clock(second).setTo(clock(first).instant());
        var hostApi = api(first);
        String host = new com.loopin.support.PhoneAuthClient(hostApi, sms(first))
                .signUpComplete(TestPhones.newIndianMobile());
        String event = com.loopin.support.TestEvents.create(
                hostApi,
                host,
                Map.of("admission", "open", "capacity", 5),
                clock(first).instant().plus(Duration.ofHours(25)));
        String guest = new com.loopin.support.PhoneAuthClient(api(second), sms(second))
                .signUpComplete(TestPhones.newIndianMobile());
        assertThat(api(second)
                        .post("/api/events/" + event + "/requests", Map.of("seats", 1), guest)
                        .status())
                .isEqualTo(201);

        // the event enters the day before it on both instances at once; each looks for reminders every second
        advanceBoth(Duration.ofHours(2));
        var jdbc = first.getBean(org.springframework.jdbc.core.simple.JdbcClient.class);
        java.util.function.IntSupplier reminders =
                () -> jdbc.sql("select count(*) from notification where event_id = ? and kind = 'event_reminder_24h'")
                        .param(event)
                        .query(Integer.class)
                        .single();
        assertThat(statusWithin(MARGIN, 1, reminders)).isEqualTo(1);
        Thread.sleep(3000);
        assertThat(reminders.getAsInt())
                .as("both instances looked for it three more times")
                .isEqualTo(1);
    }

    @Test
    void guestsOnBothInstancesRacingForTheLastPaidSeatsNeverOversellThemAndOnePaymentMakesOneTicket() throws Exception {
        String host = new PhoneAuthClient(api(first), sms(first)).signUpComplete(TestPhones.newIndianMobile());
        assertThat(Razorpay.payoutAccount(api(first), host, Razorpay.validAccount())
                        .json()
                        .at("/data/status")
                        .asString())
                .isEqualTo("activated");
        String event = TestEvents.create(
                api(second),
                host,
                Map.of("admission", "open", "capacity", 2, "price_paise", 50_000),
                java.time.Instant.now().plus(Duration.ofDays(3)));
        List<String> guests = new java.util.ArrayList<>();
        for (int i = 0; i < 8; i++) {
            var instance = i % 2 == 0 ? first : second;
            guests.add(new PhoneAuthClient(api(instance), sms(instance)).signUpComplete(TestPhones.newIndianMobile()));
        }
        List<java.util.concurrent.Callable<JsonNode>> asks = new java.util.ArrayList<>();
        for (int i = 0; i < guests.size(); i++) {
            var instance = i % 2 == 0 ? first : second;
            String guest = guests.get(i);
            asks.add(() -> api(instance)
                    .post("/api/events/" + event + "/requests", Map.of("seats", 1), guest)
                    .json()
                    .get("data"));
        }
        List<JsonNode> answers = Concurrently.run(asks);
        List<JsonNode> holding = answers.stream()
                .filter(answer -> "awaiting_payment".equals(answer.get("status").asString()))
                .toList();
        assertThat(holding).hasSize(2);
        assertThat(answers)
                .filteredOn(answer -> "waitlisted".equals(answer.get("status").asString()))
                .hasSize(6);
        var jdbc = first.getBean(org.springframework.jdbc.core.simple.JdbcClient.class);
        assertThat(jdbc.sql("select e.seats_taken + coalesce((select sum(t.seats) from event_seat_stripe t"
                                + " where t.event_id = e.id), 0) from event e where e.id = ?")
                        .param(event)
                        .query(Integer.class)
                        .single())
                .isEqualTo(2);

        // the gateway tells both instances of one payment at once (two deliveries, two event ids): one ticket
        String orderId = holding.getFirst().at("/payment/order_id").asString();
        String paymentId = "pay_two" + System.nanoTime();
        String body = Razorpay.captured(paymentId, orderId, 52_950);
        String eventA = "evt_two_a_" + paymentId, eventB = "evt_two_b_" + paymentId;
        assertThat(Concurrently.run(List.of(
                        () -> Razorpay.webhook(gateway(first), eventA, body).status(),
                        () -> Razorpay.webhook(gateway(second), eventB, body).status())))
                .containsExactly(200, 200);
        java.util.function.IntSupplier tickets = () -> jdbc.sql("select count(*) from ticket where request_id = ?")
                .param(holding.getFirst().get("id").asString())
                .query(Integer.class)
                .single();
        assertThat(statusWithin(MARGIN, 1, tickets)).isEqualTo(1);
        assertThat(statusWithin(
                        MARGIN,
                        2,
                        () -> jdbc.sql("select count(*) from payment_webhook where event_id in (?, ?)"
                                        + " and processed_at is not null")
                                .params(eventA, eventB)
                                .query(Integer.class)
                                .single()))
                .isEqualTo(2);
        assertThat(tickets.getAsInt()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from ledger_entry where reference = ? and kind = 'payment'")
                        .param(paymentId)
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
    }

    private static int statusWithin(Duration bound, int expected, java.util.function.IntSupplier call)
            throws InterruptedException {
        long until = System.nanoTime() + bound.toNanos();
        int status = call.getAsInt();
        while (status != expected && System.nanoTime() < until) {
            Thread.sleep(50);
            status = call.getAsInt();
        }
        return status;
    }

    private Api.Response signUpThrough(ConfigurableApplicationContext instance) {
        String number = TestPhones.newIndianMobile();
        api(instance).post("/api/auth/signup", phone(number));
        return api(instance)
                .post("/api/auth/verify-otp", code(number, sms(instance).lastCodeFor(number)));
    }

    private void freshDayOnBoth() {
        var start = clock(first).freshDay();
        clock(second).setTo(start);
    }

    private void advanceBoth(Duration by) {
        clock(first).advance(by);
        clock(second).advance(by);
    }

    private static ConfigurableApplicationContext start(String name) {
        List<String> arguments = new java.util.ArrayList<>(List.of(
                "--server.port=0",
                "--spring.application.name=loopin-" + name,
                "--loopin.otp.resend-cooldown=60s",
                "--loopin.notifications.reminders.interval=1s",
                "--loopin.limits.codes-per-number-per10-minutes=5"));
        arguments.addAll(Razorpay.arguments(razorpay));
        return new SpringApplicationBuilder(LoopinApplication.class, TestBeans.class)
                .run(arguments.toArray(String[]::new));
    }

    private static Api api(ConfigurableApplicationContext instance) {
        return new Api(((WebServerApplicationContext) instance).getWebServer().getPort(), "10.9.8.7");
    }

    /** The gateway calls from addresses of its own, not the test's phones' one (whose per-address guard is busy). */
    private static Api gateway(ConfigurableApplicationContext instance) {
        return new Api(((WebServerApplicationContext) instance).getWebServer().getPort(), Api.randomAddress());
    }

    private static CapturingSmsSender sms(ConfigurableApplicationContext instance) {
        return instance.getBean(CapturingSmsSender.class);
    }

    private static MutableClock clock(ConfigurableApplicationContext instance) {
        return instance.getBean(MutableClock.class);
    }
}
