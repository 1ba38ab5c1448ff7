package com.loopin.going;

import static org.assertj.core.api.Assertions.assertThat;

import com.loopin.support.Api;
import com.loopin.support.CapturingSmsSender;
import com.loopin.support.Concurrently;
import com.loopin.support.FlowTest;
import com.loopin.support.HeldEventRow;
import com.loopin.support.MutableClock;
import com.loopin.support.PhoneAuthClient;
import com.loopin.support.PublishedEvents;
import com.loopin.support.TestEvents;
import com.loopin.support.TestPhones;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.StreamSupport;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The contract's "Going" and "Tickets and the door" sections on PostgreSQL, through the API as the app calls it. */
@FlowTest
class GoingFlowTests {

    @LocalServerPort
    int port;

    @Autowired
    CapturingSmsSender sms;

    @Autowired
    MutableClock clock;

    @Autowired
    PublishedEvents published;

    @Autowired
    DataSource dataSource;

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
    void openAdmissionAcceptsWhileSeatsRemainThenWaitlistsAndFreedSeatsGoInOrder() {
        String host = person();
        String id = event(host, Map.of("admission", "open", "capacity", 3, "max_seats_per_request", 2));
        String a = person(), b = person(), c = person(), d = person();

        JsonNode first = ask(a, id, 2);
        assertThat(first.get("status").asString()).isEqualTo("accepted");
        JsonNode second = ask(b, id, 2);
        assertThat(second.get("status").asString()).isEqualTo("waitlisted");
        assertThat(second.get("waitlist_position").asLong()).isEqualTo(1);
        assertThat(ask(c, id, 1).get("status").asString()).isEqualTo("accepted");
        JsonNode fourth = ask(d, id, 1);
        assertThat(fourth.get("waitlist_position").asLong()).isEqualTo(2);
        JsonNode full = api.get("/api/events/" + id, a).json().get("data");
        assertThat(full.get("seats_left").asInt()).isZero();
        assertThat(full.get("waitlisted").asInt()).isEqualTo(2);
        assertThat(full.at("/me/request/status").asString()).isEqualTo("accepted");
        assertThat(full.at("/me/ticket/status").asString()).isEqualTo("valid");
        assertThat(full.at("/venue/exact").asBoolean())
                .as("an accepted guest sees the venue")
                .isTrue();
        assertThat(api.get("/api/events/" + id, b)
                        .json()
                        .at("/data/venue/exact")
                        .asBoolean())
                .isFalse();

        var cancelled = api.delete("/api/events/" + id + "/requests/mine", c);
        assertThat(cancelled.status()).isEqualTo(200);

        // one seat free: b (2 seats) does not fit and is skipped, d (1 seat) is promoted
        assertThat(api.get("/api/events/" + id, b)
                        .json()
                        .at("/data/me/request/status")
                        .asString())
                .isEqualTo("waitlisted");
        assertThat(api.get("/api/events/" + id, d)
                        .json()
                        .at("/data/me/request/status")
                        .asString())
                .isEqualTo("accepted");
        assertThat(tickets(d)).hasSize(1);
        assertThat(tickets(c).getFirst().get("status").asString()).isEqualTo("cancelled");
        JsonNode after = api.get("/api/events/" + id, host).json().get("data");
        assertThat(after.get("seats_taken").asInt()).isEqualTo(3);
        assertThat(after.get("waitlisted").asInt()).isEqualTo(1);
        assertThat(ask(c, id, 1).get("status").asString())
                .as("a cancelled request may be made again")
                .isEqualTo("waitlisted");
    }

    @Test
    void aPlaceOnTheWaitlistMovesUpAsThoseBeforeItLeave() {
        String host = person();
        String id = event(host, Map.of("admission", "open", "capacity", 1));
        assertThat(ask(person(), id, 1).get("status").asString()).isEqualTo("accepted");
        String a = person(), b = person(), c = person();
        assertThat(List.of(ask(a, id, 1), ask(b, id, 1), ask(c, id, 1)))
                .extracting(request -> request.get("waitlist_position").asLong())
                .containsExactly(1L, 2L, 3L);

        assertThat(api.delete("/api/events/" + id + "/requests/mine", a).status())
                .isEqualTo(200);

        assertThat(myRequest(b, id).get("waitlist_position").asLong()).isEqualTo(1);
        assertThat(myRequest(c, id).get("waitlist_position").asLong()).isEqualTo(2);
        assertThat(api.get("/api/events/" + id, host)
                        .json()
                        .at("/data/waitlisted")
                        .asInt())
                .isEqualTo(2);
        assertThat(api.get("/api/events/" + id + "/requests?status=waitlisted", host)
                        .json()
                        .get("data"))
                .extracting(request -> request.get("waitlist_position").asLong())
                .containsExactly(1L, 2L);
        assertThat(ask(a, id, 1).get("waitlist_position").asLong())
                .as("asking again queues at the end")
                .isEqualTo(3);
    }

    @Test
    void askingToJoinAFullEventWaitsForNoOneWhoHoldsTheEventsRow() throws Exception {
        String host = person();
        String id = event(host, Map.of("admission", "open", "capacity", 1));
        ask(person(), id, 1);
        String guest = person();

        JsonNode answer;
        // another asker's transaction that took seats holds the event's row until its commit
        try (var held = HeldEventRow.hold(dataSource, id)) {
            var asking = Executors.newSingleThreadExecutor();
            Future<JsonNode> asked = asking.submit(() -> ask(guest, id, 1));
            try {
                answer = asked.get(20, java.util.concurrent.TimeUnit.SECONDS);
            } finally {
                asking.shutdown();
            }
        }

        assertThat(answer.get("status").asString()).isEqualTo("waitlisted");
        assertThat(answer.get("waitlist_position").asLong()).isEqualTo(1);
    }

    @Test
    void theHostSeesGuestCardsAndDecides() {
        String host = person();
        String id = event(host, Map.of("capacity", 10));
        String guest = person();
        String other = person();
        JsonNode pending = ask(guest, id, 1);
        assertThat(pending.get("status").asString()).isEqualTo("pending");
        String declinedId = ask(other, id, 1).get("id").asString();
        assertThat(api.get("/api/events/" + id, host)
                        .json()
                        .at("/data/pending_requests")
                        .asInt())
                .isEqualTo(2);

        var list = api.get("/api/events/" + id + "/requests?status=pending", host);
        assertThat(list.status()).isEqualTo(200);
        JsonNode card = list.json().at("/data/0/guest");
        assertThat(card.get("name").asString()).isEqualTo("Gaurav Kumar");
        assertThat(card.get("age").asInt()).isGreaterThanOrEqualTo(30);
        assertThat(card.get("interests")).isNotEmpty();
        assertThat(list.body()).doesNotContain("phone").doesNotContain("birth").doesNotContain("+91");
        assertThat(api.get("/api/events/" + id + "/requests", guest).text("code"))
                .isEqualTo("NOT_EVENT_HOST");

        var accepted =
                api.post("/api/events/" + id + "/requests/" + pending.get("id").asString() + "/accept", Map.of(), host);
        assertThat(accepted.status()).isEqualTo(200);
        assertThat(accepted.json().at("/data/status").asString()).isEqualTo("accepted");
        assertThat(tickets(guest)).hasSize(1);
        assertThat(api.post("/api/events/" + id + "/requests/" + declinedId + "/decline", Map.of(), host)
                        .status())
                .isEqualTo(200);
        var again = api.post("/api/events/" + id + "/requests", Map.of("seats", 1), other);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.text("code")).isEqualTo("REQUEST_REFUSED_BEFORE");
        var twice = api.post("/api/events/" + id + "/requests/" + declinedId + "/accept", Map.of(), host);
        assertThat(twice.text("code")).isEqualTo("REQUEST_NOT_OPEN");

        var removed =
                api.post("/api/events/" + id + "/requests/" + pending.get("id").asString() + "/remove", Map.of(), host);
        assertThat(removed.json().at("/data/status").asString()).isEqualTo("removed");
        assertThat(tickets(guest).getFirst().get("status").asString()).isEqualTo("cancelled");
        JsonNode counts = api.get("/api/events/" + id, host).json().get("data");
        assertThat(counts.get("seats_taken").asInt()).isZero();
        assertThat(counts.get("pending_requests").asInt()).isZero();
    }

    @Test
    void aGuestsOwnListsHoldTheEventsTheyGoToAndThoseTheyWaitFor() {
        String host = person();
        String open = event(host, Map.of("admission", "open", "capacity", 5));
        String approval = event(host, Map.of("capacity", 5));
        String guest = person();
        ask(guest, open, 1);
        ask(guest, approval, 1);

        assertThat(myEvents("going", guest)).containsExactly(open);
        assertThat(myEvents("requested", guest)).containsExactly(approval);
        assertThat(myEvents("hosting", guest)).isEmpty();
        api.delete("/api/events/" + open + "/requests/mine", guest);
        assertThat(myEvents("going", guest)).isEmpty();
    }

    private List<String> myEvents(String role, String token) {
        var answer = api.get("/api/me/events?role=" + role, token);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        return StreamSupport.stream(answer.json().get("data").spliterator(), false)
                .map(event -> event.get("id").asString())
                .toList();
    }

    @Test
    void aBatchAcceptanceIsAllOrNothing() {
        String host = person();
        String id = event(host, Map.of("capacity", 3));
        List<String> requests = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            requests.add(ask(person(), id, 1).get("id").asString());
        }

        var tooMany = api.post(
                "/api/events/" + id + "/requests/batch", Map.of("request_ids", requests, "action", "accept"), host);
        assertThat(tooMany.status()).isEqualTo(409);
        assertThat(tooMany.text("code")).isEqualTo("EVENT_FULL");
        assertThat(tooMany.json().get("seats_left").asInt()).isEqualTo(3);
        assertThat(api.get("/api/events/" + id, host)
                        .json()
                        .at("/data/seats_taken")
                        .asInt())
                .isZero();

        var three = api.post(
                "/api/events/" + id + "/requests/batch",
                Map.of("request_ids", requests.subList(0, 3), "action", "accept"),
                host);
        assertThat(three.status()).isEqualTo(200);
        assertThat(three.json().get("data")).hasSize(3);
        var waitlisted = api.post(
                "/api/events/" + id + "/requests/batch",
                Map.of("request_ids", requests.subList(3, 4), "action", "waitlist"),
                host);
        assertThat(waitlisted.json().at("/data/0/waitlist_position").asLong()).isEqualTo(1);
        assertThat(api.post(
                                "/api/events/" + id + "/requests/batch",
                                Map.of("request_ids", requests, "action", "remove"),
                                host)
                        .status())
                .isEqualTo(400);
    }

    @Test
    void everyRuleOfAskingHasItsCode() {
        String host = person();
        String id = event(host, Map.of("capacity", 10, "audience", "women", "max_seats_per_request", 2));
        String man = person();

        assertThat(api.post("/api/events/" + id + "/requests", Map.of(), host).text("code"))
                .isEqualTo("OWN_EVENT");
        assertThat(api.post("/api/events/" + id + "/requests", Map.of(), man).text("code"))
                .isEqualTo("NOT_IN_AUDIENCE");
        String woman = person("female");
        var tooMany = api.post("/api/events/" + id + "/requests", Map.of("seats", 3), woman);
        assertThat(tooMany.status()).isEqualTo(400);
        assertThat(tooMany.text("code")).isEqualTo("VALIDATION_ERROR");
        assertThat(ask(woman, id, 2).get("status").asString()).isEqualTo("pending");
        assertThat(api.post("/api/events/" + id + "/requests", Map.of(), woman).text("code"))
                .isEqualTo("ALREADY_REQUESTED");
        String incomplete = auth.signUp(TestPhones.newIndianMobile());
        assertThat(api.post("/api/events/" + id + "/requests", Map.of(), incomplete)
                        .text("code"))
                .isEqualTo("PROFILE_INCOMPLETE");
        assertThat(api.post("/api/events/" + id + "/requests", Map.of(), null).status())
                .isEqualTo(401);

        String cancelledEvent = event(host, Map.of());
        api.post("/api/events/" + cancelledEvent + "/cancel", Map.of("reason", "Rain"), host);
        assertThat(api.post("/api/events/" + cancelledEvent + "/requests", Map.of(), woman)
                        .text("code"))
                .isEqualTo("EVENT_CANCELLED");
        String draft = event(host, Map.of("publish", false));
        assertThat(api.post("/api/events/" + draft + "/requests", Map.of(), woman)
                        .status())
                .isEqualTo(404);
        assertThat(api.delete("/api/events/" + draft + "/requests/mine", woman).status())
                .isEqualTo(404);
    }

    @Test
    void seatsAreNeverOversoldUnderParallelRequests() throws Exception {
        String host = person();
        String id = event(host, Map.of("admission", "open", "capacity", 5));
        List<String> guests = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            guests.add(person());
        }

        List<String> outcomes = Concurrently.run(guests.stream()
                .map(guest -> (Callable<String>) () -> {
                    var answer = api.post("/api/events/" + id + "/requests", Map.of("seats", 1), guest);
                    return answer.status() == 201
                            ? answer.json().at("/data/status").asString()
                            : "http " + answer.status();
                })
                .toList());

        assertThat(outcomes).filteredOn("accepted"::equals).hasSize(5);
        assertThat(outcomes).filteredOn("waitlisted"::equals).hasSize(25);
        JsonNode event = api.get("/api/events/" + id, host).json().get("data");
        assertThat(event.get("seats_taken").asInt()).isEqualTo(5);
        assertThat(event.get("waitlisted").asInt()).isEqualTo(25);
        List<Long> positions = new ArrayList<>();
        for (String guest : guests) {
            JsonNode request = api.get("/api/events/" + id, guest).json().at("/data/me/request");
            if (request.get("status").asString().equals("waitlisted")) {
                positions.add(request.get("waitlist_position").asLong());
            }
        }
        assertThat(positions).doesNotHaveDuplicates().hasSize(25);
    }

    @Test
    void anAskThatLosesTheSeatsItSawFreeIsWaitlistedWithoutATicket() throws Exception {
        String host = person();
        String id = event(host, Map.of("admission", "open", "capacity", 2));
        List<String> guests = List.of(person(), person(), person());

        List<String> outcomes;
        try (Connection other = dataSource.getConnection()) {
            // another transaction takes one of the two free seats and holds the row: every ask reads two seats
            // free, writes its request and ticket, then waits to take its seat; after the commit one seat is left
            other.setAutoCommit(false);
            try (var take = other.prepareStatement("update event set seats_taken = seats_taken + 1 where id = ?")) {
                take.setString(1, id);
                take.executeUpdate();
            }
            var asking = Executors.newFixedThreadPool(guests.size());
            List<Future<String>> answers = guests.stream()
                    .map(guest -> asking.submit(() -> api.post("/api/events/" + id + "/requests", Map.of(), guest)
                            .json()
                            .at("/data/status")
                            .asString()))
                    .toList();
            Thread.sleep(1500);
            other.commit();
            outcomes = new ArrayList<>();
            for (Future<String> answer : answers) {
                outcomes.add(answer.get());
            }
            asking.shutdown();
        }

        assertThat(outcomes).containsExactlyInAnyOrder("accepted", "waitlisted", "waitlisted");
        for (int i = 0; i < guests.size(); i++) {
            assertThat(tickets(guests.get(i))).hasSize(outcomes.get(i).equals("accepted") ? 1 : 0);
        }
        JsonNode event = api.get("/api/events/" + id, host).json().get("data");
        assertThat(event.get("seats_taken").asInt()).isEqualTo(2);
        assertThat(event.get("waitlisted").asInt()).isEqualTo(2);
    }

    @Test
    void theDoorChecksEachCodeOnceAndOnlyItsOwnEvents() throws Exception {
        String host = person();
        String id = event(
                host, Map.of("admission", "open", "capacity", 10), Instant.now().plus(Duration.ofHours(1)));
        String other = event(
                host, Map.of("admission", "open", "capacity", 10), Instant.now().plus(Duration.ofHours(1)));
        String guest = person(), second = person(), leaver = person(), elsewhere = person();
        ask(guest, id, 1);
        ask(second, id, 1);
        ask(leaver, id, 1);
        ask(elsewhere, other, 1);
        String code = tickets(guest).getFirst().get("code").asString();

        var in = api.post("/api/events/" + id + "/check-ins", Map.of("code", code), host);
        assertThat(in.status()).isEqualTo(200);
        assertThat(in.json().at("/data/name").asString()).isEqualTo("Gaurav Kumar");
        assertThat(in.json().at("/data/seats").asInt()).isEqualTo(1);
        assertThat(in.json().at("/data/attendance/checked_in").asLong()).isEqualTo(1);
        var again = api.post("/api/events/" + id + "/check-ins", Map.of("code", code), host);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.text("code")).isEqualTo("ALREADY_CHECKED_IN");
        assertThat(again.text("checked_in_at"))
                .isEqualTo(in.json().at("/data/checked_in_at").asString());

        String secondCode = tickets(second).getFirst().get("code").asString();
        List<Integer> doors = Concurrently.run(List.of(
                () -> api.post("/api/events/" + id + "/check-ins", Map.of("code", secondCode), host)
                        .status(),
                () -> api.post("/api/events/" + id + "/check-ins", Map.of("code", secondCode), host)
                        .status()));
        assertThat(doors).containsExactlyInAnyOrder(200, 409);
        String secondTicket = tickets(second).getFirst().get("id").asString();
        assertThat(published.of(TicketCheckedIn.class).stream()
                        .filter(in2 -> in2.ticketId().equals(secondTicket)))
                .as("the door's domain event, once for the two scans")
                .hasSize(1);

        String forged = code.substring(0, code.length() - 1) + (code.endsWith("A") ? "B" : "A");
        assertThat(api.post("/api/events/" + id + "/check-ins", Map.of("code", forged), host)
                        .status())
                .isEqualTo(404);
        assertThat(api.post("/api/events/" + id + "/check-ins", Map.of("code", "hello"), host)
                        .status())
                .isEqualTo(404);
        String elsewhereCode = tickets(elsewhere).getFirst().get("code").asString();
        assertThat(api.post("/api/events/" + id + "/check-ins", Map.of("code", elsewhereCode), host)
                        .text("code"))
                .isEqualTo("TICKET_NOT_FOUND");
        String leaverCode = tickets(leaver).getFirst().get("code").asString();
        api.delete("/api/events/" + id + "/requests/mine", leaver);
        assertThat(api.post("/api/events/" + id + "/check-ins", Map.of("code", leaverCode), host)
                        .status())
                .isEqualTo(410);
        assertThat(api.post("/api/events/" + id + "/check-ins", Map.of("code", code), guest)
                        .text("code"))
                .isEqualTo("NOT_EVENT_HOST");
        JsonNode attendance =
                api.get("/api/events/" + id + "/check-ins", host).json().get("data");
        assertThat(attendance.get("going").asLong()).isEqualTo(2);
        assertThat(attendance.get("checked_in").asLong()).isEqualTo(2);
        assertThat(attendance.get("no_shows").isNull()).isTrue();
    }

    @Test
    void theDoorOpensHoursBeforeTheStart() {
        String host = person();
        String id = event(
                host, Map.of("admission", "open", "capacity", 10), Instant.now().plus(Duration.ofDays(2)));
        String guest = person();
        ask(guest, id, 1);
        String code = tickets(guest).getFirst().get("code").asString();

        var early = api.post("/api/events/" + id + "/check-ins", Map.of("code", code), host);
        assertThat(early.status()).isEqualTo(409);
        assertThat(early.text("code")).isEqualTo("CHECK_IN_CLOSED");
    }

    @Test
    void theHostMessagesEveryoneGoing() {
        String host = person();
        String id = event(host, Map.of("admission", "open"));
        String guest = person();
        ask(guest, id, 1);
        var sent = api.post("/api/events/" + id + "/messages", Map.of("text", "Gate 2 is open; see you at 7!"), host);
        assertThat(sent.status()).as(sent.toString()).isEqualTo(201);
        assertThat(sent.json().at("/data/recipients").asInt()).isEqualTo(1);
        String messageId = sent.json().at("/data/id").asString();
        assertThat(published.of(HostMessageSent.class).stream()
                        .filter(message -> message.messageId().equals(messageId))
                        .map(HostMessageSent::recipientIds))
                .as("delivered by the notifications module to everyone going")
                .singleElement()
                .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST)
                .hasSize(1);
        var byGuest = api.post("/api/events/" + id + "/messages", Map.of("text", "Hello all"), guest);
        assertThat(byGuest.text("code")).isEqualTo("NOT_EVENT_HOST");
        assertThat(api.post("/api/events/" + id + "/messages", Map.of("text", " "), host)
                        .status())
                .isEqualTo(400);
        assertThat(api.post("/api/events/" + id + "/messages", Map.of("text", "x".repeat(1001)), host)
                        .status())
                .isEqualTo(400);
    }

    private JsonNode myRequest(String token, String eventId) {
        return api.get("/api/events/" + eventId, token).json().at("/data/me/request");
    }

    private JsonNode ask(String token, String eventId, int seats) {
        var answer = api.post("/api/events/" + eventId + "/requests", Map.of("seats", seats, "message", "Hi!"), token);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
        return answer.json().get("data");
    }

    private List<JsonNode> tickets(String token) {
        var answer = api.get("/api/me/tickets", token);
        assertThat(answer.status()).isEqualTo(200);
        return StreamSupport.stream(answer.json().get("data").spliterator(), false)
                .toList();
    }

    private String person() {
        return auth.signUpComplete(TestPhones.newIndianMobile());
    }

    private String person(String gender) {
        String token = auth.signUp(TestPhones.newIndianMobile());
        Map<String, Object> profile = new HashMap<>(PhoneAuthClient.validProfile());
        profile.put("gender", gender);
        profile.put("name", "Asha Rao");
        assertThat(api.post("/api/auth/complete-profile", profile, token).status())
                .isEqualTo(200);
        return token;
    }

    private String event(String host, Map<String, Object> fields) {
        return event(host, fields, Instant.now().plus(Duration.ofDays(7)));
    }

    private String event(String host, Map<String, Object> fields, Instant start) {
        return TestEvents.create(api, host, fields, start);
    }
}
