package com.loopin.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.loopin.shared.Actor;
import com.loopin.support.Api;
import com.loopin.support.CapturingSmsSender;
import com.loopin.support.FlowTest;
import com.loopin.support.MutableClock;
import com.loopin.support.PhoneAuthClient;
import com.loopin.users.ProfileChange;
import com.loopin.users.UserDirectory;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** The contract's hosting section on PostgreSQL, through the API as the app calls it. */
@FlowTest
class HostingFlowTests {

    @LocalServerPort
    int port;

    @Autowired
    CapturingSmsSender sms;

    @Autowired
    MutableClock clock;

    @Autowired
    EventCompletion completion;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDirectory directory;

    @Autowired
    com.loopin.staff.StaffAccounts staff;

    Api api;
    Events events;
    Instant nextWeek;

    @BeforeEach
    void setUp() {
        clock.reset();
        api = new Api(port);
        events = new Events(api, sms);
        nextWeek = Instant.now().plus(Duration.ofDays(7));
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void onlyAPersonWithACompleteProfileHosts() {
        var refused = api.post(
                "/api/events", Events.body("Board games night", nextWeek, true), events.personWithoutProfile());
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.text("code")).isEqualTo("PROFILE_INCOMPLETE");

        var anonymous = api.post("/api/events", Events.body("Board games night", nextWeek, true), null);
        assertThat(anonymous.status()).isEqualTo(401);
    }

    @Test
    void creatingIsLimitedPerPerson() {
        String host = events.host();
        for (int i = 0; i < 10; i++) {
            events.create(host, Events.body("Open mic " + i, nextWeek, false));
        }

        var limited = api.post("/api/events", Events.body("Open mic 11", nextWeek, false), host);

        assertThat(limited.status()).isEqualTo(429);
        assertThat(limited.text("code")).isEqualTo("RATE_LIMITED");
        assertThat(limited.text("limit")).isEqualTo("event_creations_hour");
        assertThat(Long.parseLong(limited.header("Retry-After"))).isPositive();
        assertThat(api.post("/api/events", Events.body("Someone else's", nextWeek, false), events.host())
                        .status())
                .isEqualTo(201);
    }

    @Test
    void everyBrokenRuleIsListedAtOnce() {
        Map<String, Object> body = new HashMap<>(Events.body("  a ", nextWeek, true));
        body.put("interests", List.of());
        body.put(
                "ends_at",
                nextWeek.minusSeconds(60)
                        .atZone(Events.KOLKATA)
                        .toOffsetDateTime()
                        .toString());
        body.put("capacity", 0);
        body.put("admission", "lottery");
        body.put("max_seats_per_request", 11);
        body.put("time_zone", "Mars/Olympus");
        body.put("visibility", "secret");

        var refused = api.post("/api/events", body, events.host());

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.text("code")).isEqualTo("VALIDATION_ERROR");
        assertThat(fields(refused.json()))
                .contains(
                        "title",
                        "interests",
                        "ends_at",
                        "capacity",
                        "admission",
                        "max_seats_per_request",
                        "time_zone",
                        "visibility");
    }

    @Test
    void theRulesOfTimesVenueCoversAndPrice() {
        String host = events.host();
        var tooLong = api.post(
                "/api/events",
                Events.with(
                        Events.body("A long retreat", nextWeek, true),
                        "ends_at",
                        nextWeek.plus(Duration.ofDays(8))
                                .atZone(Events.KOLKATA)
                                .toOffsetDateTime()
                                .toString()),
                host);
        assertThat(fields(tooLong.json())).containsExactly("ends_at");

        var past = api.post(
                "/api/events", Events.body("Yesterday's walk", Instant.now().minusSeconds(3600), true), host);
        assertThat(fields(past.json())).containsExactly("starts_at");
        assertThat(api.post(
                                "/api/events",
                                Events.body("Yesterday's walk", Instant.now().minusSeconds(3600), false),
                                host)
                        .status())
                .as("a draft may be dated in the past; publishing it is refused")
                .isEqualTo(201);

        var noCity = api.post(
                "/api/events",
                Events.with(Events.body("Nowhere", nextWeek, true), "venue", Map.of("name", "A hall")),
                host);
        assertThat(fields(noCity.json())).containsExactly("venue.city");

        var online = api.post(
                "/api/events",
                Events.with(Events.body("Online quiz", nextWeek, true), "venue", Map.of("online", true)),
                host);
        assertThat(fields(online.json())).containsExactly("venue.join_url");

        var notMine = api.post(
                "/api/events",
                Events.with(
                        Events.body("Stolen cover", nextWeek, true),
                        "cover_pictures",
                        List.of("https://example.com/pic1.jpg")),
                host);
        assertThat(fields(notMine.json())).containsExactly("cover_pictures[0]");

        var paid = api.post(
                "/api/events", Events.with(Events.body("Paid jam", nextWeek, true), "price_paise", 50_000), host);
        assertThat(paid.status()).isEqualTo(409);
        assertThat(paid.text("code")).isEqualTo("PAID_EVENTS_UNAVAILABLE");
        var badPrice =
                api.post("/api/events", Events.with(Events.body("Paid jam", nextWeek, true), "price_paise", 50), host);
        assertThat(fields(badPrice.json())).containsExactly("price_paise");
    }

    @Test
    void aDraftIsTheHostsAloneUntilPublished() {
        String host = events.host();
        String stranger = events.host();
        var created = api.post("/api/events", Events.body("Pottery for beginners", nextWeek, false), host);
        assertThat(created.status()).isEqualTo(201);
        JsonNode draft = created.json().get("data");
        String id = draft.get("id").asString();
        assertThat(id).matches("[0-9A-Za-z]{8}");
        assertThat(draft.get("status").asString()).isEqualTo("draft");
        assertThat(draft.get("me").get("is_host").asBoolean()).isTrue();
        assertThat(draft.get("venue").get("exact").asBoolean()).isTrue();
        assertThat(draft.get("venue").get("name").asString()).isEqualTo("Cubbon Park, main gate");
        assertThat(draft.get("host").get("name").asString()).isEqualTo("Gaurav Kumar");
        assertThat(draft.get("pending_requests").asInt()).isZero();

        assertThat(api.get("/api/events/" + id, stranger).status()).isEqualTo(404);
        assertThat(api.get("/api/events/" + id).status()).isEqualTo(404);
        assertThat(api.get("/e/" + id).status()).isEqualTo(404);
        var strangerPublishes = api.post("/api/events/" + id + "/publish", Map.of(), stranger);
        assertThat(strangerPublishes.status())
                .as("a draft does not exist for others")
                .isEqualTo(404);

        var published = api.post("/api/events/" + id + "/publish", Map.of(), host);
        assertThat(published.status()).isEqualTo(200);
        assertThat(published.json().get("data").get("status").asString()).isEqualTo("published");
        assertThat(api.post("/api/events/" + id + "/publish", Map.of(), host).text("code"))
                .isEqualTo("EVENT_NOT_DRAFT");

        JsonNode seen = api.get("/api/events/" + id, stranger).json().get("data");
        assertThat(seen.get("me").get("is_host").asBoolean()).isFalse();
        assertThat(seen.get("me").get("request").isNull()).isTrue();
        assertThat(seen.get("pending_requests").isNull()).as("the host's count").isTrue();
        assertThat(seen.get("venue").get("exact").asBoolean()).isFalse();
        assertThat(seen.get("venue").get("name").isNull()).isTrue();
        assertThat(seen.get("venue").get("address").isNull()).isTrue();
        assertThat(seen.get("venue").get("area").asString()).isEqualTo("Central");
        assertThat(seen.get("venue").get("latitude").asDouble()).isEqualTo(12.98);
        assertThat(seen.get("venue").get("longitude").asDouble()).isEqualTo(77.59);
        assertThat(seen.get("seats_left").asInt()).isEqualTo(20);
        assertThat(seen.get("share_url").asString()).endsWith("/e/" + id);
        assertThat(api.get("/api/events/" + id).json().get("data").get("me").isNull())
                .as("no token, no relation")
                .isTrue();
    }

    @Test
    void aTimeInKolkataIsThatTimeOnThePageAndInTheList() {
        LocalDate day = LocalDate.now(Events.KOLKATA).plusDays(3);
        Instant seven = day.atTime(LocalTime.of(19, 0)).atZone(Events.KOLKATA).toInstant();
        // a word of its own: other tests' events on the same day may fill a page of the list
        String word = "ghazal" + Long.toString(System.nanoTime(), 36).replaceAll("[0-9]", "");
        String id = events.create(events.host(), Events.body("Evening " + word, seven, true));

        JsonNode page = api.get("/api/events/" + id).json().get("data");
        assertThat(page.get("starts_at").asString()).isEqualTo(day + "T19:00:00+05:30");
        assertThat(page.get("time_zone").asString()).isEqualTo("Asia/Kolkata");
        JsonNode listed = inList("/api/events?from=" + day + "&to=" + day + "&q=" + word, id);
        assertThat(listed.get("starts_at").asString()).isEqualTo(day + "T19:00:00+05:30");
        assertThat(api.get("/e/" + id).body())
                .contains(day.getDayOfMonth() + " ")
                .contains("7:00 PM IST");
    }

    @Test
    void onlyTheHostEditsAndANewTimeOnAPublishedEventIsAReschedule() {
        String host = events.host();
        String id = events.create(host, Events.body("Salsa social", nextWeek, true));

        var stranger = api.patch("/api/events/" + id, Map.of("title", "Mine now"), events.host());
        assertThat(stranger.status()).isEqualTo(403);
        assertThat(stranger.text("code")).isEqualTo("NOT_EVENT_HOST");

        var renamed = api.patch(
                "/api/events/" + id,
                Map.of("title", "Salsa & bachata social", "venue", Map.of("area", "Indiranagar")),
                host);
        assertThat(renamed.status()).as(renamed.toString()).isEqualTo(200);
        JsonNode data = renamed.json().get("data");
        assertThat(data.get("title").asString()).isEqualTo("Salsa & bachata social");
        assertThat(data.get("venue").get("area").asString()).isEqualTo("Indiranagar");
        assertThat(data.get("venue").get("city").asString())
                .as("the rest of the venue stays")
                .isEqualTo("Bengaluru");
        assertThat(data.get("capacity").asInt()).isEqualTo(20);

        Instant later = nextWeek.plus(Duration.ofDays(1));
        var moved = api.patch(
                "/api/events/" + id,
                Map.of(
                        "starts_at",
                                later.atZone(Events.KOLKATA).toOffsetDateTime().toString(),
                        "ends_at",
                                later.plusSeconds(7200)
                                        .atZone(Events.KOLKATA)
                                        .toOffsetDateTime()
                                        .toString()),
                host);
        assertThat(moved.status()).isEqualTo(200);
        assertThat(api.patch("/api/events/" + id, Map.of("capacity", 0), host).text("code"))
                .isEqualTo("VALIDATION_ERROR");
        var unlimited = new HashMap<String, Object>();
        unlimited.put("capacity", null);
        JsonNode open = api.patch("/api/events/" + id, unlimited, host).json().get("data");
        assertThat(open.get("capacity").isNull()).isTrue();
        assertThat(open.get("seats_left").isNull()).isTrue();
        assertThat(api.patch("/api/events/" + id, Map.of("publish", true), host).status())
                .isEqualTo(400);

        assertThat(audit(id)).containsExactly("event.create", "event.update", "event.reschedule", "event.update");
    }

    @Test
    void aCancelledEventShowsItsReasonAndChangesNoMore() {
        String host = events.host();
        String id = events.create(host, Events.body("Street food walk", nextWeek, true));

        assertThat(api.post("/api/events/" + id + "/cancel", Map.of(), host).text("code"))
                .isEqualTo("VALIDATION_ERROR");
        assertThat(api.post("/api/events/" + id + "/cancel", Map.of("reason", "Heavy rain"), events.host())
                        .text("code"))
                .isEqualTo("NOT_EVENT_HOST");
        var cancelled = api.post("/api/events/" + id + "/cancel", Map.of("reason", "Heavy rain forecast"), host);
        assertThat(cancelled.status()).isEqualTo(200);
        assertThat(cancelled.json().get("data").get("status").asString()).isEqualTo("cancelled");
        assertThat(cancelled.json().get("data").get("cancel_reason").asString()).isEqualTo("Heavy rain forecast");

        assertThat(api.patch("/api/events/" + id, Map.of("title", "Again"), host)
                        .text("code"))
                .isEqualTo("EVENT_CANCELLED");
        assertThat(api.post("/api/events/" + id + "/cancel", Map.of("reason", "Twice"), host)
                        .text("code"))
                .isEqualTo("EVENT_CANCELLED");
        assertThat(api.post("/api/events/" + id + "/publish", Map.of(), host).text("code"))
                .isEqualTo("EVENT_CANCELLED");
        assertThat(api.get("/e/" + id).body()).contains("Heavy rain forecast");
        assertThat(listedIds("/api/events?limit=50&q=street+food+walk")).doesNotContain(id);
    }

    @Test
    void ofParallelCancellationsExactlyOneWins() throws Exception {
        String host = events.host();
        String id = events.create(host, Events.body("Monsoon trek", nextWeek, true));

        List<Integer> statuses;
        try (var threads = java.util.concurrent.Executors.newFixedThreadPool(8)) {
            var answers = new java.util.ArrayList<java.util.concurrent.Future<Integer>>();
            for (int i = 0; i < 8; i++) {
                int n = i;
                answers.add(threads.submit(() -> api.post(
                                "/api/events/" + id + "/cancel", Map.of("reason", "Landslide warning " + n), host)
                        .status()));
            }
            statuses = new java.util.ArrayList<>();
            for (var answer : answers) {
                statuses.add(answer.get());
            }
        }

        assertThat(statuses).filteredOn(status -> status == 200).hasSize(1);
        assertThat(statuses).filteredOn(status -> status == 409).hasSize(7);
        assertThat(audit(id)).containsExactly("event.create", "event.cancel");
    }

    @Test
    void staffCancelThroughTheStaffApiAndTheCapacityStaysAboveTheSeatsTaken() {
        String host = events.host();
        String id = events.create(host, Events.body("Startup mixer", nextWeek, true));
        jdbc.sql("update event set seats_taken = 12 where id = ?").param(id).update();

        var tooSmall = api.patch("/api/events/" + id, Map.of("capacity", 10), host);
        assertThat(tooSmall.status()).isEqualTo(409);
        assertThat(tooSmall.text("code")).isEqualTo("CAPACITY_BELOW_SEATS_TAKEN");
        assertThat(tooSmall.json().get("seats_taken").asInt()).isEqualTo(12);

        String staffName = "events-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        staff.create(
                com.loopin.shared.Actor.system("test"),
                staffName,
                "events-staff-password",
                com.loopin.staff.StaffRole.STAFF);
        String staffToken = api.post(
                        "/api/auth/token", Map.of("username", staffName, "password", "events-staff-password"))
                .text("token");
        assertThat(api.patch("/api/events/" + id, Map.of("title", "Staff edit"), staffToken)
                        .text("code"))
                .as("staff cancel, they do not edit")
                .isEqualTo("NOT_EVENT_HOST");
        var cancelled = api.post("/api/events/" + id + "/cancel", Map.of("reason", "Reported as a scam"), staffToken);
        assertThat(cancelled.status()).isEqualTo(200);
        assertThat(cancelled.json().at("/data/me").isNull()).isTrue();
        assertThat(audit(id)).containsExactly("event.create", "event.cancel_by_staff");
    }

    @Test
    void onlyADraftIsDeleted() {
        String host = events.host();
        String published = events.create(host, Events.body("Chess in the park", nextWeek, true));
        String draft = events.create(host, Events.body("Chess in the park (draft)", nextWeek, false));

        var refused = api.delete("/api/events/" + published, host);
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.text("code")).isEqualTo("EVENT_NOT_DRAFT");
        assertThat(api.delete("/api/events/" + draft, events.host()).status()).isEqualTo(404);
        assertThat(api.delete("/api/events/" + draft, host).status()).isEqualTo(200);
        assertThat(api.get("/api/events/" + draft, host).status()).isEqualTo(404);
    }

    @Test
    void nothingChangesOnceItStartsAndItCompletesAfterItsEnd() {
        var person = events.person();
        String host = person.token();
        Instant soon = Instant.now().plus(Duration.ofHours(1));
        String id = events.create(host, Events.body("Sunrise yoga", soon, true));

        clock.advance(Duration.ofHours(2));
        host = events.logIn(person);
        var started = api.patch("/api/events/" + id, Map.of("title", "Sunset yoga"), host);
        assertThat(started.status()).isEqualTo(409);
        assertThat(started.text("code")).isEqualTo("EVENT_STARTED");
        assertThat(api.post("/api/events/" + id + "/cancel", Map.of("reason", "Too late"), host)
                        .text("code"))
                .isEqualTo("EVENT_STARTED");

        clock.advance(Duration.ofHours(3));
        host = events.logIn(person);
        assertThat(completion.completeEnded()).isPositive();
        assertThat(api.get("/api/events/" + id, host)
                        .json()
                        .get("data")
                        .get("status")
                        .asString())
                .isEqualTo("completed");
        assertThat(api.patch("/api/events/" + id, Map.of("title", "Again"), host)
                        .text("code"))
                .isEqualTo("EVENT_COMPLETED");
        assertThat(completion.completeEnded()).as("completed once").isZero();
        assertThat(audit(id)).containsExactly("event.create", "event.complete");
    }

    @Test
    void unlistedIsReachedByItsLinkAndPrivateByNoStranger() {
        String host = events.host();
        String unlisted = events.create(
                host, Events.with(Events.body("Book club: Gitanjali", nextWeek, true), "visibility", "unlisted"));
        String hidden = events.create(
                host, Events.with(Events.body("Book club: private", nextWeek, true), "visibility", "private"));

        assertThat(listedIds("/api/events?limit=50&q=book+club")).doesNotContain(unlisted, hidden);
        assertThat(api.get("/api/events/" + unlisted).status()).isEqualTo(200);
        assertThat(api.get("/e/" + unlisted).status()).isEqualTo(200);
        assertThat(api.get("/api/events/" + hidden, events.host()).status()).isEqualTo(404);
        assertThat(api.get("/e/" + hidden).status()).isEqualTo(404);
        JsonNode own = api.get("/api/events/" + hidden, host).json().get("data");
        assertThat(own.get("share_url").isNull())
                .as("a private event has no public page")
                .isTrue();
    }

    @Test
    void theHostsOwnListHoldsDraftsAndPastEvents() {
        var person = events.person();
        String host = person.token();
        String draft = events.create(host, Events.body("Draft meetup", nextWeek, false));
        String published = events.create(host, Events.body("Published meetup", nextWeek.plusSeconds(60), true));
        String soon =
                events.create(host, Events.body("Soon meetup", Instant.now().plusSeconds(600), true));

        assertThat(listedIds("/api/me/events", host)).containsExactly(soon, draft, published);
        clock.advance(Duration.ofHours(4));
        host = events.logIn(person);
        assertThat(listedIds("/api/me/events?when=past", host)).containsExactly(soon);
        assertThat(api.get("/api/me/events?role=attending", host).status()).isEqualTo(400);
        assertThat(api.get("/api/me/events").status()).isEqualTo(401);
    }

    @Test
    void aDeletedAccountsUpcomingEventsAreCancelled() {
        String host = events.host();
        String id = events.create(host, Events.body("Farewell dinner", nextWeek, true));
        String draft = events.create(host, Events.body("Farewell draft", nextWeek, false));

        assertThat(api.delete("/api/auth/account", host).status()).isEqualTo(200);

        JsonNode event = api.get("/api/events/" + id).json().get("data");
        assertThat(event.get("status").asString()).isEqualTo("cancelled");
        assertThat(event.get("cancel_reason").asString()).contains("closed their Loopin account");
        assertThat(event.get("host").isNull()).isTrue();
        assertThat(jdbc.sql("select count(*) from event where id = ?")
                        .param(draft)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void aHostsNewNameAndPictureShowOnTheirEventsAtOnce() {
        String host = events.host();
        String id = events.create(host, Events.body("Chess in the park " + uniqueWord(), nextWeek, true));
        assertThat(hostCard(id).get("name").asString()).isEqualTo("Gaurav Kumar");

        Map<String, Object> profile = new HashMap<>(PhoneAuthClient.validProfile());
        profile.put("name", "Gaurav K");
        profile.put("profile_pictures", List.of("https://example.com/new.jpg"));
        assertThat(api.post("/api/auth/complete-profile", profile, host).status())
                .isEqualTo(200);
        assertThat(hostCard(id).get("name").asString()).isEqualTo("Gaurav K");
        assertThat(hostCard(id).get("picture").asString()).isEqualTo("https://example.com/new.jpg");

        long hostId = hostCard(id).get("user_id").asLong();
        directory.updateProfile(
                Actor.staff("ops"),
                hostId,
                new ProfileChange(
                        "Staff Renamed",
                        "1995-01-01",
                        "male",
                        List.of(1L, 2L, 3L),
                        List.of("https://example.com/new.jpg"),
                        null,
                        null));
        assertThat(hostCard(id).get("name").asString()).isEqualTo("Staff Renamed");
        assertThat(listedHostCard(id).get("name").asString()).isEqualTo("Staff Renamed");
    }

    @Test
    void hostCardsAreKeptBetweenPages() {
        String id = events.create(events.host(), Events.body("Sketching walk " + uniqueWord(), nextWeek, true));
        long hostId = hostCard(id).get("user_id").asLong();

        // changed behind the service's back (no profile saved through it): the card read before is still shown
        jdbc.sql("update user_profile set name = 'Not Seen Yet' where user_id = ?")
                .param(hostId)
                .update();
        assertThat(hostCard(id).get("name").asString()).isEqualTo("Gaurav Kumar");
        assertThat(listedHostCard(id).get("name").asString()).isEqualTo("Gaurav Kumar");
    }

    @Test
    void anEventsNewTitleTakenSeatsAndCancellationShowInTheListAtOnce() {
        String host = events.host();
        String word = uniqueWord();
        String id = events.create(
                host, Events.with(Events.body("Pottery class " + word, nextWeek, true), "admission", "open"));
        assertThat(listed(id, word).get("title").asString()).isEqualTo("Pottery class " + word);

        assertThat(api.patch("/api/events/" + id, Map.of("title", "Pottery workshop " + word), host)
                        .status())
                .isEqualTo(200);
        JsonNode renamed = listed(id, word);
        assertThat(renamed.get("title").asString()).isEqualTo("Pottery workshop " + word);
        assertThat(renamed.get("seats_taken").asInt()).isZero();

        assertThat(api.post("/api/events/" + id + "/requests", Map.of("seats", 1), events.host())
                        .status())
                .isEqualTo(201);
        assertThat(listed(id, word).get("seats_taken").asInt()).isEqualTo(1);
        assertThat(listed(id, word).get("seats_left").asInt()).isEqualTo(19);

        assertThat(api.post("/api/events/" + id + "/cancel", Map.of("reason", "The kiln broke"), host)
                        .status())
                .isEqualTo(200);
        assertThat(listedIds("/api/events?q=" + word)).doesNotContain(id);
    }

    @Test
    void theRequestsWaitingOnAnEventShowInTheListAtOnce() {
        String host = events.host();
        String word = uniqueWord();
        String id = events.create(host, Events.body("Terrace garden tour " + word, nextWeek, true));
        assertThat(listed(id, word, host).get("pending_requests").asInt()).isZero();

        var asked = api.post("/api/events/" + id + "/requests", Map.of("seats", 1), events.host());
        assertThat(asked.status()).isEqualTo(201);
        assertThat(listed(id, word, host).get("pending_requests").asInt()).isEqualTo(1);

        String request = asked.json().at("/data/id").asString();
        assertThat(api.post("/api/events/" + id + "/requests/" + request + "/accept", Map.of(), host)
                        .status())
                .isEqualTo(200);
        JsonNode accepted = listed(id, word, host);
        assertThat(accepted.get("pending_requests").asInt()).isZero();
        assertThat(accepted.get("seats_taken").asInt()).isEqualTo(1);
    }

    @Test
    void listedEventsAreKeptBetweenPages() {
        String word = uniqueWord();
        String id = events.create(events.host(), Events.body("Quiz night " + word, nextWeek, true));
        assertThat(listed(id, word).get("title").asString()).isEqualTo("Quiz night " + word);

        // changed behind the service's back: the list shows the row it kept, the event's own page the row as it is
        jdbc.sql("update event set title = ? where id = ?")
                .params("Not Seen Yet " + word, id)
                .update();
        assertThat(listed(id, word).get("title").asString()).isEqualTo("Quiz night " + word);
        assertThat(api.get("/api/events/" + id).json().at("/data/title").asString())
                .isEqualTo("Not Seen Yet " + word);
    }

    @Test
    void anEventsPageShowsGuestsTheWaitingCountKeptAndItsHostTheCountsAsTheyAre() {
        String host = events.host();
        String guest = events.host();
        String id = events.create(host, Events.body("Waiting room " + uniqueWord(), nextWeek, true));
        assertThat(api.get("/api/events/" + id, guest)
                        .json()
                        .at("/data/waitlisted")
                        .asInt())
                .isZero();

        // counted behind the service's back: every change through it forgets what is kept when it commits
        jdbc.sql("insert into event_waiting (event_id, stripe, pending, waitlisted) values (?, 0, 2, 3)")
                .param(id)
                .update();
        assertThat(api.get("/api/events/" + id, guest)
                        .json()
                        .at("/data/waitlisted")
                        .asInt())
                .isZero();
        var hosts = api.get("/api/events/" + id, host).json().get("data");
        assertThat(hosts.get("waitlisted").asInt()).isEqualTo(3);
        assertThat(hosts.get("pending_requests").asInt()).isEqualTo(2);
    }

    /** The event as the list shows it, found by words of its title ({@link #uniqueWord}). */
    private JsonNode listed(String id, String words) {
        return listed(id, words, null);
    }

    /** The event as the list shows it to the holder of the token (null: to anyone). */
    private JsonNode listed(String id, String words, String token) {
        return inList("/api/events?q=" + words.replace(' ', '+'), id, token);
    }

    private JsonNode inList(String path, String id) {
        return inList(path, id, null);
    }

    private JsonNode inList(String path, String id, String token) {
        return StreamSupport.stream(api.get(path, token).json().get("data").spliterator(), false)
                .filter(event -> event.get("id").asString().equals(id))
                .findFirst()
                .orElseThrow();
    }

    private JsonNode hostCard(String id) {
        return api.get("/api/events/" + id).json().get("data").get("host");
    }

    /** A word of letters no other event has in its title, so that a search by the title finds this event first. */
    private static String uniqueWord() {
        return Long.toString(System.nanoTime())
                .chars()
                .mapToObj(c -> String.valueOf((char) ('a' + c - '0')))
                .collect(java.util.stream.Collectors.joining());
    }

    /** The host card of the event as the list shows it (found by its title's words). */
    private JsonNode listedHostCard(String id) {
        return listed(id, api.get("/api/events/" + id).json().at("/data/title").asString())
                .get("host");
    }

    private List<String> listedIds(String path) {
        return listedIds(path, null);
    }

    private List<String> listedIds(String path, String token) {
        var answer = api.get(path, token);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        return StreamSupport.stream(answer.json().get("data").spliterator(), false)
                .map(event -> event.get("id").asString())
                .toList();
    }

    private List<String> audit(String id) {
        return jdbc.sql("select action from audit_entry where target_type = 'event' and target_id = ? order by id")
                .param(id)
                .query(String.class)
                .list();
    }

    static List<String> fields(JsonNode problem) {
        return StreamSupport.stream(problem.get("errors").spliterator(), false)
                .map(error -> error.get("field").asString())
                .toList();
    }
}
