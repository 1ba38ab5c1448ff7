package com.loopin.going;

import static org.assertj.core.api.Assertions.assertThat;

import com.loopin.support.Api;
import com.loopin.support.CapturingSmsSender;
import com.loopin.support.FlowTest;
import com.loopin.support.PhoneAuthClient;
import com.loopin.support.PublishedEvents;
import com.loopin.support.TestEvents;
import com.loopin.support.TestPhones;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Invitations and invitation links (the contract's "Going"), on PostgreSQL through the API. */
@FlowTest
class InvitationFlowTests {

    @LocalServerPort
    int port;

    @Autowired
    CapturingSmsSender sms;

    @Autowired
    PublishedEvents published;

    Api api;
    PhoneAuthClient auth;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        auth = new PhoneAuthClient(api, sms);
    }

    @Test
    void pastGuestsInvitedToAPrivateEventSeeItAndTakeSeatsByAccepting() {
        String host = person();
        String earlier = event(host, Map.of("admission", "open"));
        String guest = person();
        String stranger = person();
        assertThat(ask(guest, earlier, Map.of()).status()).isEqualTo(201);
        String privateEvent = event(host, Map.of("visibility", "private", "capacity", 2, "max_seats_per_request", 2));
        assertThat(api.get("/api/events/" + privateEvent, guest).status()).isEqualTo(404);

        var pastGuests = api.get("/api/me/past-guests", host);
        assertThat(ids(pastGuests.json().get("data"), "user_id")).containsExactly(userId(guest));

        var invited = api.post(
                "/api/events/" + privateEvent + "/invitations",
                Map.of("user_ids", List.of(userId(guest), userId(stranger), userId(host))),
                host);
        assertThat(invited.status()).as(invited.toString()).isEqualTo(201);
        assertThat(ids(invited.json().at("/data/invitations"), "event_id")).containsExactly(privateEvent);
        JsonNode skipped = invited.json().at("/data/skipped");
        assertThat(reasonOf(skipped, userId(stranger))).isEqualTo("not_a_past_guest");
        assertThat(reasonOf(skipped, userId(host))).isEqualTo("unavailable");
        String invitationId = invited.json().at("/data/invitations/0/id").asString();
        assertThat(published.of(InvitationChanged.Received.class).stream()
                        .filter(event -> event.invitationId().equals(invitationId)))
                .singleElement()
                .satisfies(event -> assertThat(event.inviteeId()).isEqualTo(userId(guest)));

        assertThat(api.get("/api/events/" + privateEvent, stranger).status()).isEqualTo(404);
        JsonNode seen = api.get("/api/events/" + privateEvent, guest).json().get("data");
        assertThat(seen.at("/me/invitation/status").asString()).isEqualTo("pending");
        assertThat(ids(api.get("/api/me/invitations", guest).json().get("data"), "id"))
                .containsExactly(invitationId);
        assertThat(ids(api.get("/api/me/events?role=invited", guest).json().get("data"), "id"))
                .containsExactly(privateEvent);

        var accepted = api.post("/api/invitations/" + invitationId + "/accept", Map.of("seats", 2), guest);
        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(200);
        assertThat(accepted.json().at("/data/status").asString())
                .as("an approval event admits an invitee at once")
                .isEqualTo("accepted");
        JsonNode after = api.get("/api/events/" + privateEvent, guest).json().get("data");
        assertThat(after.get("seats_left").asInt()).isZero();
        assertThat(after.at("/me/ticket/status").asString()).isEqualTo("valid");
        assertThat(after.at("/me/invitation/status").asString()).isEqualTo("accepted");
        assertThat(api.get("/api/me/invitations", guest).json().get("data")).isEmpty();

        var again = api.post("/api/invitations/" + invitationId + "/accept", Map.of(), guest);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.text("code")).isEqualTo("INVITATION_NOT_OPEN");
        var reinvited = api.post(
                "/api/events/" + privateEvent + "/invitations", Map.of("user_ids", List.of(userId(guest))), host);
        assertThat(reasonOf(reinvited.json().at("/data/skipped"), userId(guest)))
                .isEqualTo("already_invited");
        var notTheirs = api.post("/api/invitations/" + invitationId + "/decline", Map.of(), stranger);
        assertThat(notTheirs.text("code")).isEqualTo("INVITATION_NOT_FOUND");
    }

    @Test
    void anInviteeMayDeclineAndOnlyTheHostInvites() {
        String host = person();
        String earlier = event(host, Map.of("admission", "open"));
        String guest = person();
        ask(guest, earlier, Map.of());
        String next = event(host, Map.of());
        var byGuest =
                api.post("/api/events/" + next + "/invitations", Map.of("user_ids", List.of(userId(host))), guest);
        assertThat(byGuest.status()).isEqualTo(403);
        assertThat(byGuest.text("code")).isEqualTo("NOT_EVENT_HOST");
        var tooMany = api.post(
                "/api/events/" + next + "/invitations",
                Map.of(
                        "user_ids",
                        java.util.stream.LongStream.rangeClosed(1, 51).boxed().toList()),
                host);
        assertThat(tooMany.status()).isEqualTo(400);

        String invitationId = api.post(
                        "/api/events/" + next + "/invitations", Map.of("user_ids", List.of(userId(guest))), host)
                .json()
                .at("/data/invitations/0/id")
                .asString();
        var declined = api.post("/api/invitations/" + invitationId + "/decline", Map.of(), guest);
        assertThat(declined.status()).isEqualTo(200);
        assertThat(declined.json().at("/data/status").asString()).isEqualTo("declined");
        assertThat(api.get("/api/events/" + next, guest).json().at("/data/me/request"))
                .isEmpty();
    }

    @Test
    void anInviteeWhoAskedMeanwhileIsAdmittedByAcceptingTheInvitation() {
        String host = person();
        String earlier = event(host, Map.of("admission", "open"));
        String guest = person();
        ask(guest, earlier, Map.of());
        String next = event(host, Map.of("capacity", 3, "max_seats_per_request", 2));
        String invitationId = api.post(
                        "/api/events/" + next + "/invitations", Map.of("user_ids", List.of(userId(guest))), host)
                .json()
                .at("/data/invitations/0/id")
                .asString();
        var asked = ask(guest, next, Map.of("seats", 2));
        assertThat(asked.json().at("/data/status").asString()).isEqualTo("pending");

        var accepted = api.post("/api/invitations/" + invitationId + "/accept", Map.of(), guest);

        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(200);
        assertThat(accepted.json().at("/data/id").asString())
                .as("the request they made, admitted")
                .isEqualTo(asked.json().at("/data/id").asString());
        assertThat(accepted.json().at("/data/status").asString()).isEqualTo("accepted");
        JsonNode after = api.get("/api/events/" + next, guest).json().get("data");
        assertThat(after.get("seats_left").asInt()).isEqualTo(1);
        assertThat(after.at("/me/ticket/status").asString()).isEqualTo("valid");
        assertThat(after.at("/me/invitation/status").asString()).isEqualTo("accepted");
        assertThat(api.get("/api/events/" + next + "/requests?status=pending", host)
                        .json()
                        .get("data"))
                .as("nothing left for the host to decide")
                .isEmpty();
    }

    @Test
    void anInvitationLinkOpensAPrivateEventAndAdmitsUntilRevoked() {
        String host = person();
        String id = event(host, Map.of("visibility", "private"));
        var link = api.post("/api/events/" + id + "/invitation-links", Map.of(), host);
        assertThat(link.status()).as(link.toString()).isEqualTo(201);
        String token = link.json().at("/data/token").asString();
        assertThat(link.json().at("/data/url").asString()).endsWith("/e/" + id + "?invite=" + token);
        String stranger = person();

        assertThat(api.get("/api/events/" + id, stranger).status()).isEqualTo(404);
        assertThat(api.get("/api/events/" + id + "?invite=" + token, stranger).status())
                .isEqualTo(200);
        assertThat(api.get("/api/events/" + id + "?invite=" + token).status())
                .as("the link opens the event without a token too")
                .isEqualTo(200);
        assertThat(api.get("/e/" + id).status()).isEqualTo(404);
        var page = api.get("/e/" + id + "?invite=" + token);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.header("Cache-Control")).contains("no-store");
        assertThat(page.body()).contains("noindex").contains("loopin://events/" + id + "?invite=" + token);

        var asked = ask(stranger, id, Map.of("invite_token", token));
        assertThat(asked.status()).as(asked.toString()).isEqualTo(201);
        assertThat(asked.json().at("/data/status").asString())
                .as("a request carrying the link's token is admitted at once")
                .isEqualTo("accepted");
        assertThat(api.get("/api/events/" + id, stranger).status())
                .as("the guest keeps seeing the event without the token")
                .isEqualTo(200);

        assertThat(api.delete("/api/events/" + id + "/invitation-links/" + token, host)
                        .status())
                .isEqualTo(200);
        assertThat(api.delete("/api/events/" + id + "/invitation-links/" + token, host)
                        .text("code"))
                .isEqualTo("INVITATION_NOT_FOUND");
        String late = person();
        assertThat(api.get("/api/events/" + id + "?invite=" + token, late).status())
                .isEqualTo(404);
        assertThat(ask(late, id, Map.of("invite_token", token)).status()).isEqualTo(404);

        String open = event(host, Map.of());
        String revoked = api.post("/api/events/" + open + "/invitation-links", Map.of(), host)
                .json()
                .at("/data/token")
                .asString();
        api.delete("/api/events/" + open + "/invitation-links/" + revoked, host);
        var expired = ask(late, open, Map.of("invite_token", revoked));
        assertThat(expired.status()).isEqualTo(410);
        assertThat(expired.text("code")).isEqualTo("INVITATION_LINK_EXPIRED");
        assertThat(ask(late, open, Map.of()).json().at("/data/status").asString())
                .isEqualTo("pending");
    }

    private Api.Response ask(String token, String eventId, Map<String, Object> extra) {
        Map<String, Object> body = new HashMap<>(Map.of("seats", 1));
        body.putAll(extra);
        return api.post("/api/events/" + eventId + "/requests", body, token);
    }

    /** A person's user id, as others see it: the host of a draft they create. */
    private long userId(String token) {
        String draft = event(token, Map.of("publish", false));
        return api.get("/api/events/" + draft, token)
                .json()
                .at("/data/host/user_id")
                .asLong();
    }

    private static List<Object> ids(JsonNode array, String field) {
        return StreamSupport.stream(array.spliterator(), false)
                .map(node -> node.get(field).isNumber()
                        ? (Object) node.get(field).asLong()
                        : node.get(field).asString())
                .toList();
    }

    private static String reasonOf(JsonNode skipped, long userId) {
        return StreamSupport.stream(skipped.spliterator(), false)
                .filter(node -> node.get("user_id").asLong() == userId)
                .map(node -> node.get("reason").asString())
                .findFirst()
                .orElse(null);
    }

    private String person() {
        return auth.signUpComplete(TestPhones.newIndianMobile());
    }

    private String event(String host, Map<String, Object> fields) {
        return TestEvents.create(api, host, fields);
    }
}
