package com.loopin.safety;

import static org.assertj.core.api.Assertions.assertThat;

import com.loopin.staff.StaffAccounts;
import com.loopin.staff.StaffRole;
import com.loopin.support.Api;
import com.loopin.support.CapturingSmsSender;
import com.loopin.support.ConsoleSession;
import com.loopin.support.FlowTest;
import com.loopin.support.PhoneAuthClient;
import com.loopin.support.TestEvents;
import com.loopin.support.TestPhones;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Blocks and reports (the contract's "Safety"), on PostgreSQL through the API and the console. */
@FlowTest
class SafetyFlowTests {

    static final String STAFF_PASSWORD = "a-long-staff-password";

    @LocalServerPort
    int port;

    @Autowired
    CapturingSmsSender sms;

    @Autowired
    StaffAccounts staff;

    Api api;
    PhoneAuthClient auth;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        auth = new PhoneAuthClient(api, sms);
    }

    @Test
    void aBlockHidesEachOthersEventsAndEndsTheRequestsBetweenThem() {
        String host = person();
        String word = "blockwatch" + System.nanoTime();
        String title = "Block test " + word;
        String id = event(host, Map.of("admission", "open", "title", title));
        String guest = person();
        long guestId = guestIdOf(host, id, guest);
        long hostId = api.get("/api/events/" + id, host)
                .json()
                .at("/data/host/user_id")
                .asLong();
        assertThat(api.get("/api/events/" + id, host)
                        .json()
                        .at("/data/seats_taken")
                        .asInt())
                .isEqualTo(1);

        var blocked = api.post("/api/me/blocks", Map.of("user_id", hostId), guest);
        assertThat(blocked.status()).as(blocked.toString()).isEqualTo(201);
        assertThat(api.post("/api/me/blocks", Map.of("user_id", hostId), guest).status())
                .as("blocking twice changes nothing")
                .isEqualTo(200);

        assertThat(api.get("/api/events/" + id, guest).status()).isEqualTo(404);
        assertThat(titles(api.get("/api/events?q=" + word, guest))).isEmpty();
        assertThat(titles(api.get("/api/events?q=" + word))).containsExactly(title);
        JsonNode event = api.get("/api/events/" + id, host).json().get("data");
        assertThat(event.get("seats_taken").asInt())
                .as("the guest's seat went back")
                .isZero();
        assertThat(api.get("/api/events/" + id + "/requests", host).json().get("data"))
                .as("the host no longer sees the blocked person's requests")
                .isEmpty();
        assertThat(api.get("/api/me/tickets", guest).json().at("/data/0/status").asString())
                .isEqualTo("cancelled");
        var asked = api.post("/api/events/" + id + "/requests", Map.of("seats", 1), guest);
        assertThat(asked.status()).isEqualTo(404);
        var invited = api.post("/api/events/" + id + "/invitations", Map.of("user_ids", List.of(guestId)), host);
        assertThat(invited.json().at("/data/skipped/0/reason").asString()).isEqualTo("unavailable");
        var list = api.get("/api/me/blocks", guest).json().get("data");
        assertThat(list.get(0).get("user_id").asLong()).isEqualTo(hostId);

        assertThat(api.delete("/api/me/blocks/" + hostId, guest).status()).isEqualTo(200);
        assertThat(api.get("/api/events/" + id, guest).status()).isEqualTo(200);
        assertThat(api.get("/api/events/" + id, guest)
                        .json()
                        .at("/data/me/request/status")
                        .asString())
                .as("what the block ended stays ended")
                .isEqualTo("cancelled");
    }

    @Test
    void blockingNeedsAnotherExistingPerson() {
        String person = person();
        String id = event(person, Map.of("publish", false));
        long self = api.get("/api/events/" + id, person)
                .json()
                .at("/data/host/user_id")
                .asLong();
        var selfBlock = api.post("/api/me/blocks", Map.of("user_id", self), person);
        assertThat(selfBlock.status()).isEqualTo(400);
        assertThat(selfBlock.text("code")).isEqualTo("VALIDATION_ERROR");
        var nobody = api.post("/api/me/blocks", Map.of("user_id", Long.MAX_VALUE / 2), person);
        assertThat(nobody.status()).isEqualTo(404);
        assertThat(nobody.text("code")).isEqualTo("USER_NOT_FOUND");
        assertThat(api.post("/api/me/blocks", Map.of(), person).status()).isEqualTo(400);
    }

    @Test
    void reportsAreCheckedAndGoToTheQueueWhereStaffDeactivateTheHost() throws Exception {
        String host = person();
        String id = event(host, Map.of("admission", "open"));
        String reporter = person();

        var badReason = api.post("/api/reports", Map.of("event_id", id, "reason", "boring"), reporter);
        assertThat(badReason.status()).isEqualTo(400);
        var tooLong =
                api.post("/api/reports", Map.of("event_id", id, "reason", "scam", "text", "x".repeat(501)), reporter);
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(api.post("/api/reports", Map.of("reason", "scam"), reporter).status())
                .isEqualTo(400);
        var unknownEvent = api.post("/api/reports", Map.of("event_id", "zzzzzzzz", "reason", "scam"), reporter);
        assertThat(unknownEvent.text("code")).isEqualTo("EVENT_NOT_FOUND");
        var filed = api.post(
                "/api/reports", Map.of("event_id", id, "reason", "scam", "text", "Asks for money upfront"), reporter);
        assertThat(filed.status()).as(filed.toString()).isEqualTo(201);
        long reportId = filed.json().at("/data/id").asLong();

        var console = staffConsole();
        var queue = console.get("/admin/reports?event=" + id);
        assertThat(queue.statusCode()).isEqualTo(200);
        assertThat(queue.body()).contains("Asks for money upfront").contains("/admin/events/" + id);

        var handled = console.post("/admin/reports/" + reportId, Map.of("outcome", "person_deactivated"), true);
        assertThat(handled.statusCode()).isEqualTo(302);
        assertThat(api.get("/api/events/" + id, host).status())
                .as("the deactivated host is signed out")
                .isIn(401, 403);
        assertThat(console.get("/admin/reports?event=" + id).body()).doesNotContain("Asks for money upfront");
        assertThat(console.get("/admin/reports?status=resolved&event=" + id).body())
                .contains("Asks for money upfront")
                .contains("person deactivated");
        var again = console.post("/admin/reports/" + reportId, Map.of("outcome", "dismissed"), true);
        assertThat(again.statusCode()).isEqualTo(302);
        assertThat(console.get("/admin/reports?status=dismissed&event=" + id).body())
                .doesNotContain("Asks for money upfront");
        assertThat(console.get("/admin/audit?action=report.person_deactivated").body())
                .contains("report #" + reportId);
    }

    @Test
    void aDeactivatedGuestsRequestsEndAndTheirSeatsGoBack() throws Exception {
        String host = person();
        String id = event(host, Map.of("admission", "open"));
        String guest = person();
        long guestId = guestIdOf(host, id, guest);
        long reportId = api.post("/api/reports", Map.of("user_id", guestId, "reason", "harassment"), host)
                .json()
                .at("/data/id")
                .asLong();
        var console = staffConsole();
        console.get("/admin/reports?user=" + guestId);
        assertThat(console.post("/admin/reports/" + reportId, Map.of("outcome", "person_deactivated"), true)
                        .statusCode())
                .isEqualTo(302);

        JsonNode event = api.get("/api/events/" + id, host).json().get("data");
        assertThat(event.get("seats_taken").asInt()).isZero();
        assertThat(api.get("/api/events/" + id + "/requests", host)
                        .json()
                        .at("/data/0/status")
                        .asString())
                .isEqualTo("cancelled");
    }

    @Test
    void reportsAreLimitedPerPerson() {
        String host = person();
        String id = event(host, Map.of());
        String reporter = person();
        int accepted = 0;
        Api.Response last = null;
        for (int i = 0; i < 11; i++) {
            last = api.post("/api/reports", Map.of("event_id", id, "reason", "spam"), reporter);
            if (last.status() == 201) {
                accepted++;
            }
        }
        assertThat(accepted).isEqualTo(10);
        assertThat(last.status()).isEqualTo(429);
        assertThat(last.header("Retry-After")).isNotBlank();
    }

    private ConsoleSession staffConsole() throws Exception {
        String username = "safety-" + UUID.randomUUID().toString().substring(0, 8);
        staff.create(com.loopin.shared.Actor.system("test"), username, STAFF_PASSWORD, StaffRole.STAFF);
        var console = new ConsoleSession(port);
        console.signIn(username, STAFF_PASSWORD);
        return console;
    }

    /** The guest asks to join (accepted at once on an open event); their id as the host's request list shows it. */
    private long guestIdOf(String host, String eventId, String guest) {
        var asked = api.post("/api/events/" + eventId + "/requests", Map.of("seats", 1), guest);
        assertThat(asked.status()).as(asked.toString()).isEqualTo(201);
        return api.get("/api/events/" + eventId + "/requests", host)
                .json()
                .at("/data/0/guest/user_id")
                .asLong();
    }

    private static List<String> titles(Api.Response list) {
        assertThat(list.status()).isEqualTo(200);
        return StreamSupport.stream(list.json().get("data").spliterator(), false)
                .map(node -> node.get("title").asString())
                .toList();
    }

    private String person() {
        return auth.signUpComplete(TestPhones.newIndianMobile());
    }

    private String event(String host, Map<String, Object> fields) {
        return TestEvents.create(api, host, fields);
    }
}
