package com.loopin.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.loopin.events.Hosting;
import com.loopin.shared.Caller;
import com.loopin.support.Api;
import com.loopin.support.CapturingSmsSender;
import com.loopin.support.ConsoleSession;
import com.loopin.support.FlowTest;
import com.loopin.support.MutableClock;
import com.loopin.support.PhoneAuthClient;
import com.loopin.support.TestEvents;
import com.loopin.support.TestPhones;
import com.loopin.support.TestUsers;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The contract's "Notifications" on PostgreSQL: each event of the going and hosting flows reaches the right inbox in
 * the person's language, once; pushes follow settings, quiet hours and the hourly cap; reminders come once per start;
 * work a crash interrupted is done after it, once.
 */
@FlowTest
class NotificationFlowTests {

    static final ZoneId KOLKATA = ZoneId.of("Asia/Kolkata");

    @LocalServerPort
    int port;

    @Autowired
    CapturingSmsSender sms;

    @Autowired
    MutableClock clock;

    @Autowired
    Hosting hosting;

    @Autowired
    Reminders reminders;

    @Autowired
    PushDispatcher dispatcher;

    @Autowired
    DevPushInbox devPushes;

    @Autowired
    PersonNotifications console;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    com.loopin.staff.StaffAccounts staff;

    Api api;
    PhoneAuthClient auth;

    @BeforeEach
    void setUp() {
        clock.reset();
        api = new Api(port);
        auth = new PhoneAuthClient(api, sms);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void theHostHearsOfARequestAndTheGuestOfTheAnswerInTheirInboxes() {
        String host = person("Meera Host"), guest = person("Ravi Guest");
        String id = TestEvents.create(api, host, Map.of("admission", "approval", "capacity", 5));

        String request = ask(guest, id);
        JsonNode received = awaitItem(host, "request_received");
        assertThat(received.get("title").asString()).startsWith("New request for Flow test");
        assertThat(received.get("body").asString())
                .isEqualTo("Ravi Guest asked to join (1 seat(s)). Accept or " + "decline in the app.");
        assertThat(received.get("deep_link").asString()).isEqualTo("loopin://events/" + id);
        assertThat(received.get("event_id").asString()).isEqualTo(id);
        assertThat(received.get("read_at").isNull()).isTrue();

        assertThat(api.post("/api/events/" + id + "/requests/" + request + "/accept", Map.of(), host)
                        .status())
                .isEqualTo(200);
        JsonNode accepted = awaitItem(guest, "request_accepted");
        assertThat(accepted.get("title").asString()).startsWith("You're going to Flow test");

        assertThat(api.get("/api/me/notifications/unread-count", guest)
                        .json()
                        .at("/data/count")
                        .asLong())
                .isEqualTo(1);
        var marked = api.post(
                "/api/me/notifications/read",
                Map.of("ids", List.of(accepted.get("id").asString())),
                host);
        assertThat(marked.json().at("/data/marked").asInt())
                .as("another person's item is not theirs to mark")
                .isZero();
        assertThat(api.post("/api/me/notifications/read", Map.of(), guest)
                        .json()
                        .at("/data/marked")
                        .asInt())
                .isEqualTo(1);
        assertThat(api.get("/api/me/notifications/unread-count", guest)
                        .json()
                        .at("/data/count")
                        .asLong())
                .isZero();
    }

    @Test
    void everyDecisionInvitationMessageAndChangeReachesWhomItConcerns() {
        String host = person("Meera Host");
        String approval = TestEvents.create(api, host, Map.of("admission", "approval", "capacity", 5));
        String declined = person(), waitlisted = person(), removed = person();
        decide(host, approval, ask(declined, approval), "decline");
        decide(host, approval, ask(waitlisted, approval), "waitlist");
        String removedRequest = ask(removed, approval);
        decide(host, approval, removedRequest, "accept");
        decide(host, approval, removedRequest, "remove");
        awaitItem(declined, "request_declined");
        awaitItem(waitlisted, "request_waitlisted");
        awaitItem(removed, "removed_by_host");

        String open = TestEvents.create(api, host, Map.of("admission", "open", "capacity", 1));
        String first = person(), second = person();
        ask(first, open);
        ask(second, open);
        assertThat(api.delete("/api/events/" + open + "/requests/mine", first).status())
                .isEqualTo(200);
        awaitItem(second, "waitlist_promoted");

        String invitee = person();
        String past = TestEvents.create(api, host, Map.of("admission", "open", "capacity", 5));
        ask(invitee, past);
        var invited =
                api.post("/api/events/" + open + "/invitations", Map.of("user_ids", List.of(userId(invitee))), host);
        assertThat(invited.status()).as(invited.toString()).isEqualTo(201);
        assertThat(awaitItem(invitee, "invitation_received").get("title").asString())
                .startsWith("Meera Host invited you to");

        assertThat(api.post("/api/events/" + open + "/messages", Map.of("text", "Bring a torch"), host)
                        .status())
                .isEqualTo(201);
        assertThat(awaitItem(second, "host_message").get("body").asString()).isEqualTo("Bring a torch");

        Instant later = Instant.now().plus(Duration.ofDays(9));
        var moved = api.patch(
                "/api/events/" + open,
                Map.of(
                        "starts_at", later.atZone(KOLKATA).toOffsetDateTime().toString(),
                        "ends_at",
                                later.plusSeconds(3600)
                                        .atZone(KOLKATA)
                                        .toOffsetDateTime()
                                        .toString()),
                host);
        assertThat(moved.status()).as(moved.toString()).isEqualTo(200);
        assertThat(awaitItem(second, "event_rescheduled").get("body").asString())
                .startsWith("It now starts ");

        hosting.cancel(Caller.staff("trust-and-safety"), open, "Venue closed by the police");
        assertThat(awaitItem(second, "event_cancelled").get("body").asString())
                .isEqualTo("The host cancelled it: Venue closed by the police");
        awaitItem(host, "event_cancelled_by_staff");
    }

    @Test
    void aHindiSpeakersTextsAreInHindi() {
        String host = person("Meera Host"), guest = person("Ravi Guest");
        register(guest, "hi-token-" + System.nanoTime(), "hi-IN");
        assertThat(api.get("/api/me/notification-settings", guest)
                        .json()
                        .at("/data/language")
                        .asString())
                .as("the first device's language is the person's")
                .isEqualTo("hi");
        String id = TestEvents.create(api, host, Map.of("admission", "approval", "capacity", 5));
        decide(host, id, ask(guest, id), "accept");

        assertThat(awaitItem(guest, "request_accepted").get("title").asString()).startsWith("आप Flow test");
    }

    @Test
    void settingsAreValidatedAndACategoryTurnedOffIsNotPushedButKeptInTheInbox() {
        String host = person(), guest = person();
        JsonNode defaults =
                api.get("/api/me/notification-settings", host).json().get("data");
        assertThat(defaults.get("time_zone").asString()).isEqualTo("Asia/Kolkata");
        assertThat(defaults.at("/quiet_hours/from").asString()).isEqualTo("22:00");
        assertThat(defaults.at("/categories/marketing").asBoolean()).isFalse();
        assertThat(defaults.at("/categories/requests").asBoolean()).isTrue();

        var refused = api.put(
                "/api/me/notification-settings",
                Map.of(
                        "language",
                        "fr",
                        "time_zone",
                        "Mars/Olympus",
                        "quiet_hours",
                        Map.of("from", "25:00", "to", "8"),
                        "categories",
                        Map.of("gossip", true)),
                host);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.text("code")).isEqualTo("VALIDATION_ERROR");
        assertThat(refused.toString())
                .contains("language", "time_zone", "quiet_hours.from", "quiet_hours.to", "categories.gossip");

        var changed = api.put("/api/me/notification-settings", Map.of("categories", Map.of("requests", false)), host);
        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.json().at("/data/categories/requests").asBoolean()).isFalse();
        assertThat(changed.json().at("/data/quiet_hours/to").asString())
                .as("the rest is kept")
                .isEqualTo("08:00");
        register(host, "host-token-" + System.nanoTime(), "en-IN");

        String id = TestEvents.create(api, host, Map.of("admission", "approval", "capacity", 5));
        ask(guest, id);
        JsonNode item = awaitItem(host, "request_received");
        assertThat(pushesOf(item.get("id").asString()))
                .as("requests are off: no push")
                .isZero();
    }

    @Test
    void quietHoursHoldANonUrgentPushUntilMorningAndLetAnUrgentOneThrough() {
        String host = person(), guest = person();
        String hostToken = "host-quiet-" + System.nanoTime(), guestToken = "guest-quiet-" + System.nanoTime();
        register(host, hostToken, "en-IN");
        register(guest, guestToken, "en-IN");
        String id = TestEvents.create(api, host, Map.of("admission", "approval", "capacity", 5));
        // the latest 23:10 in Kolkata: in the past, so the access tokens stay valid
        java.time.ZonedDateTime now = java.time.ZonedDateTime.now(KOLKATA);
        LocalDate today = now.toLocalTime().isBefore(LocalTime.of(23, 10))
                ? now.toLocalDate().minusDays(1)
                : now.toLocalDate();
        clock.setTo(today.atTime(LocalTime.of(23, 10)).atZone(KOLKATA).toInstant());

        String request = ask(guest, id);
        String received = awaitItem(host, "request_received").get("id").asString();
        decide(host, id, request, "accept");
        String accepted = awaitItem(guest, "request_accepted").get("id").asString();

        await().atMost(Duration.ofSeconds(10)).until(() -> pushed(accepted));
        dispatcher.sendDue();
        assertThat(pushed(received))
                .as("request_received waits for the end of quiet hours")
                .isFalse();
        assertThat(dueAt(received))
                .isEqualTo(today.plusDays(1).atTime(8, 0).atZone(KOLKATA).toInstant());

        clock.setTo(today.plusDays(1).atTime(8, 0, 1).atZone(KOLKATA).toInstant());
        await().atMost(Duration.ofSeconds(10)).until(() -> pushed(received));
    }

    @Test
    void pushesOverTheHourlyCapStayInTheInbox() {
        String host = person();
        register(host, "host-cap-" + System.nanoTime(), "en-IN");
        api.put("/api/me/notification-settings", java.util.Collections.singletonMap("quiet_hours", null), host);
        String id = TestEvents.create(api, host, Map.of("admission", "approval", "capacity", 20));
        List<String> items = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            ask(person(), id);
            int expected = i + 1;
            await().atMost(Duration.ofSeconds(10)).until(() -> inbox(host).size() == expected);
        }
        inbox(host).forEach(item -> items.add(item.get("id").asString()));
        long capped = items.stream()
                .filter(item -> "hourly_cap".equals(outcomeOf(item)))
                .count();
        assertThat(capped)
                .as("6 pushes an hour by default; the 7th and 8th are not pushed")
                .isEqualTo(2);
    }

    @Test
    void remindersReachEveryoneGoingOnceAndFollowTheEventsStart() throws Exception {
        String host = person(), going = person(), waiting = person();
        long goer = userId(going), waiter = userId(waiting);
        Instant start = Instant.now().plus(Duration.ofHours(30));
        String id = TestEvents.create(api, host, Map.of("admission", "open", "capacity", 1), start);
        ask(going, id);
        ask(waiting, id);
        String cancelled = TestEvents.create(api, host, Map.of("admission", "open"), start);
        ask(going, cancelled);
        assertThat(api.post("/api/events/" + cancelled + "/cancel", Map.of("reason", "Rain"), host)
                        .status())
                .isEqualTo(200);

        // (the clock moves past the access tokens' life: from here the inbox is read from the database)
        clock.setTo(start.minus(Duration.ofHours(23)));
        parallel(List.of(reminders::remindDue, reminders::remindDue));
        reminders.remindDue();
        assertThat(kindsOf(goer, id))
                .as("two instances at once and a third run: one reminder")
                .containsExactly("event_reminder_24h");
        assertThat(kindsOf(waiter, id)).as("only people going").isEmpty();
        await().atMost(Duration.ofSeconds(10))
                .until(() -> !kindsOf(goer, cancelled).isEmpty());
        assertThat(kindsOf(goer, cancelled)).as("never after a cancellation").containsExactly("event_cancelled");

        clock.reset();
        Instant moved = start.plus(Duration.ofHours(3));
        var rescheduled = api.patch(
                "/api/events/" + id,
                Map.of(
                        "starts_at", moved.atZone(KOLKATA).toOffsetDateTime().toString(),
                        "ends_at",
                                moved.plusSeconds(3600)
                                        .atZone(KOLKATA)
                                        .toOffsetDateTime()
                                        .toString()),
                host);
        assertThat(rescheduled.status()).as(rescheduled.toString()).isEqualTo(200);
        clock.setTo(moved.minus(Duration.ofHours(22)));
        reminders.remindDue();
        await().atMost(Duration.ofSeconds(10)).until(() -> kindsOf(goer, id).contains("event_rescheduled"));
        assertThat(kindsOf(goer, id))
                .as("a new start, a new reminder")
                .containsExactlyInAnyOrder("event_reminder_24h", "event_reminder_24h", "event_rescheduled");

        clock.setTo(moved.minus(Duration.ofMinutes(100)));
        reminders.remindDue();
        reminders.remindDue();
        assertThat(kindsOf(goer, id)).filteredOn("event_reminder_2h"::equals).hasSize(1);
    }

    private List<String> kindsOf(long userId, String eventId) {
        return jdbc.sql("select kind from notification where user_id = ? and event_id = ? order by created_at, id")
                .params(userId, eventId)
                .query(String.class)
                .list();
    }

    @Test
    void aDeviceMovesToWhoeverRegisteredItLastAndIsForgottenOnRemoval() {
        String first = person(), second = person();
        String token = "shared-phone-" + System.nanoTime();
        assertThat(register(first, token, "en-IN")).isEqualTo(201);
        assertThat(register(second, token, "en-IN")).isEqualTo(200);
        assertThat(console.devices(userId(first))).isEmpty();
        assertThat(console.devices(userId(second))).hasSize(1);

        var refused = api.post("/api/me/devices", Map.of("token", "", "platform", "windows"), second);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.toString()).contains("token", "platform");

        assertThat(api.delete("/api/me/devices/" + token, second).status()).isEqualTo(200);
        assertThat(console.devices(userId(second))).isEmpty();
        assertThat(api.delete("/api/me/devices/" + token, second).status())
                .as("sign-out need not know")
                .isEqualTo(200);
    }

    @Test
    void staffSeeAPersonsPhonesNotificationsAndPushesButNeverATokenAndTheDeliveryFigures() throws Exception {
        String host = person(), guest = person("Ravi Guest");
        String device = "console-phone-" + System.nanoTime();
        register(host, device, "en-IN");
        api.put("/api/me/notification-settings", java.util.Collections.singletonMap("quiet_hours", null), host);
        String id = TestEvents.create(api, host, Map.of("admission", "approval", "capacity", 5));
        ask(guest, id);
        String item = awaitItem(host, "request_received").get("id").asString();
        await().atMost(Duration.ofSeconds(10)).until(() -> pushed(item));

        var console = staffConsole();

        String page = console.get("/admin/users/" + userId(host)).body();
        assertThat(page).contains("Phones", "android", "2.4.0", "request_received", "New request for Flow test", item);
        assertThat(page).as("a device token is never shown").doesNotContain(device);
        String figures = console.get("/admin/notifications").body();
        assertThat(figures).contains("Push delivery", "request_received", "sent");
        assertThat(console.get("/admin/notifications?period=week").statusCode()).isEqualTo(200);
    }

    @Test
    void aCampaignReachesOnlyThoseWhoTurnedMarketingOnInItsCityAndIsSentOnce() throws Exception {
        String city = "Campaignville " + System.nanoTime();
        String host = person(), fan = person(), elsewhere = person(), notOptedIn = person();
        for (String person : List.of(fan, elsewhere)) {
            assertThat(api.put("/api/me/notification-settings", Map.of("categories", Map.of("marketing", true)), person)
                            .status())
                    .isEqualTo(200);
        }
        String id = TestEvents.create(
                api,
                host,
                Map.of(
                        "admission",
                        "open",
                        "venue",
                        Map.of("name", "Hall", "city", city, "latitude", 18.52, "longitude", 73.85)));
        ask(fan, id);
        ask(notOptedIn, id);
        var console = staffConsole();
        assertThat(console.get("/admin/campaigns").body()).contains("Campaigns");

        var preview = console.post(
                "/admin/campaigns/preview",
                Map.of(
                        "title",
                        "Monsoon meetups",
                        "body",
                        "New events near you",
                        "interest",
                        "1",
                        "city",
                        city.toLowerCase(java.util.Locale.ROOT)),
                true);
        assertThat(preview.body()).contains("Send to 1 person", "Monsoon meetups");
        var key = java.util.regex.Pattern.compile("name=\"requestKey\" value=\"([^\"]+)\"")
                .matcher(preview.body());
        assertThat(key.find()).isTrue();
        Map<String, String> confirmation = Map.of(
                "title",
                "Monsoon meetups",
                "body",
                "New events near you",
                "interest",
                "1",
                "city",
                city,
                "requestKey",
                key.group(1));
        assertThat(console.post("/admin/campaigns", confirmation, true).statusCode())
                .isEqualTo(302);
        JsonNode item = awaitItem(fan, "announcement");
        assertThat(item.get("title").asString()).isEqualTo("Monsoon meetups");
        assertThat(item.get("body").asString()).isEqualTo("New events near you");

        assertThat(console.post("/admin/campaigns", confirmation, true).statusCode())
                .isEqualTo(302);
        assertThat(console.get("/admin/campaigns").body()).contains("Monsoon meetups", "sent");
        Thread.sleep(500);
        assertThat(itemsOf(fan, "announcement"))
                .as("the same confirmation twice: sent once")
                .hasSize(1);
        assertThat(itemsOf(elsewhere, "announcement"))
                .as("opted in, but no event in the city")
                .isEmpty();
        assertThat(itemsOf(notOptedIn, "announcement"))
                .as("marketing is off unless turned on")
                .isEmpty();
        assertThat(console.get("/admin/audit?action=campaign.send").body())
                .contains("Sent campaign “Monsoon meetups” to 1 people");
    }

    private ConsoleSession staffConsole() throws Exception {
        String username = "notify-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        staff.create(
                com.loopin.shared.Actor.system("test"),
                username,
                "a-long-staff-password",
                com.loopin.staff.StaffRole.STAFF);
        var console = new ConsoleSession(port);
        console.signIn(username, "a-long-staff-password");
        return console;
    }

    @Test
    void theInboxPagesNewestFirstWithACursor() {
        String host = person();
        String id = TestEvents.create(api, host, Map.of("admission", "approval", "capacity", 20));
        for (int i = 0; i < 5; i++) {
            ask(person(), id);
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> inbox(host).size() == 5);
        var first = api.get("/api/me/notifications?limit=3", host).json();
        assertThat(first.get("data")).hasSize(3);
        var second = api.get(
                        "/api/me/notifications?limit=3&cursor="
                                + first.get("next_cursor").asString(),
                        host)
                .json();
        assertThat(second.get("data")).hasSize(2);
        assertThat(second.get("next_cursor").isNull()).isTrue();
        assertThat(api.get("/api/me/notifications?cursor=nonsense", host).text("code"))
                .isEqualTo("INVALID_CURSOR");
    }

    private void hostingReschedule(String host, String id, Instant start) {
        var moved = api.patch(
                "/api/events/" + id,
                Map.of(
                        "starts_at", start.atZone(KOLKATA).toOffsetDateTime().toString(),
                        "ends_at",
                                start.plusSeconds(3600)
                                        .atZone(KOLKATA)
                                        .toOffsetDateTime()
                                        .toString()),
                host);
        assertThat(moved.status()).as(moved.toString()).isEqualTo(200);
    }

    private boolean pushed(String notificationId) {
        return devPushes.pushes().stream().anyMatch(push -> push.id().equals(notificationId));
    }

    private long pushesOf(String notificationId) {
        return jdbc.sql("select count(*) from push_delivery where notification_id = ?")
                .param(notificationId)
                .query(Long.class)
                .single();
    }

    private String outcomeOf(String notificationId) {
        return jdbc.sql("select max(outcome) from push_delivery where notification_id = ?")
                .param(notificationId)
                .query(String.class)
                .optional()
                .orElse(null);
    }

    private Instant dueAt(String notificationId) {
        return jdbc.sql("select due_at from push_delivery where notification_id = ?")
                .param(notificationId)
                .query(java.time.OffsetDateTime.class)
                .single()
                .toInstant();
    }

    private int register(String token, String deviceToken, String language) {
        var answer = api.post(
                "/api/me/devices",
                Map.of("token", deviceToken, "platform", "android", "app_version", "2.4.0", "language", language),
                token);
        assertThat(answer.status()).as(answer.toString()).isIn(200, 201);
        return answer.status();
    }

    private JsonNode awaitItem(String token, String kind) {
        await().atMost(Duration.ofSeconds(10)).until(() -> !itemsOf(token, kind).isEmpty());
        List<JsonNode> items = itemsOf(token, kind);
        assertThat(items).as("one item of " + kind).hasSize(1);
        return items.getFirst();
    }

    private List<JsonNode> itemsOf(String token, String kind) {
        return inbox(token).stream()
                .filter(item -> item.get("kind").asString().equals(kind))
                .toList();
    }

    private List<JsonNode> inbox(String token) {
        var answer = api.get("/api/me/notifications?limit=100", token);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        return StreamSupport.stream(answer.json().get("data").spliterator(), false)
                .toList();
    }

    private String ask(String token, String eventId) {
        var answer = api.post("/api/events/" + eventId + "/requests", Map.of("seats", 1), token);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
        return answer.json().at("/data/id").asString();
    }

    private void decide(String host, String eventId, String requestId, String decision) {
        var answer = api.post("/api/events/" + eventId + "/requests/" + requestId + "/" + decision, Map.of(), host);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
    }

    private long userId(String token) {
        return TestUsers.userId(api, jdbc, token);
    }

    private String person() {
        return person("Asha Rao");
    }

    private String person(String name) {
        String token = auth.signUp(TestPhones.newIndianMobile());
        Map<String, Object> profile = new java.util.HashMap<>(PhoneAuthClient.validProfile());
        profile.put("name", name);
        assertThat(api.post("/api/auth/complete-profile", profile, token).status())
                .isEqualTo(200);
        return token;
    }

    private static <T> List<T> parallel(List<Callable<T>> tasks) throws Exception {
        try (var threads = Executors.newFixedThreadPool(tasks.size())) {
            List<T> results = new ArrayList<>();
            for (var future : threads.invokeAll(tasks)) {
                results.add(future.get());
            }
            return results;
        }
    }
}
