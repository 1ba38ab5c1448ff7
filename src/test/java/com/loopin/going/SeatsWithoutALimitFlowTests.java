package com.loopin.going;

import static org.assertj.core.api.Assertions.assertThat;

import com.loopin.support.Api;
import com.loopin.support.CapturingSmsSender;
import com.loopin.support.Concurrently;
import com.loopin.support.FlowTest;
import com.loopin.support.HeldEventRow;
import com.loopin.support.PhoneAuthClient;
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
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The seats of an event without a seat limit, counted beside its row (docs/events-design.md, "Seats"): every seat
 * counted, no ask waiting on the event's row, and a limit set later seeing every seat taken, also those being taken
 * while it is set.
 */
@FlowTest
class SeatsWithoutALimitFlowTests {

    @LocalServerPort
    int port;

    @Autowired
    CapturingSmsSender sms;

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcClient jdbc;

    Api api;
    PhoneAuthClient auth;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        auth = new PhoneAuthClient(api, sms);
    }

    @Test
    void parallelAsksCountEverySeatAndACancelledPlaceGivesItsSeatsBack() throws Exception {
        String host = person();
        String id = unlimitedEvent(host);
        List<String> guests = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            guests.add(person());
        }

        List<String> outcomes = Concurrently.run(guests.stream()
                .map(guest -> (Callable<String>) () -> {
                    int seats = guests.indexOf(guest) % 2 + 1;
                    var answer = api.post("/api/events/" + id + "/requests", Map.of("seats", seats), guest);
                    return answer.status() == 201
                            ? answer.json().at("/data/status").asString()
                            : "http " + answer.status();
                })
                .toList());

        assertThat(outcomes).containsOnly("accepted");
        assertThat(seatsTaken(id, host)).isEqualTo(24);
        assertThat(api.delete("/api/events/" + id + "/requests/mine", guests.get(1))
                        .status())
                .isEqualTo(200);
        assertThat(seatsTaken(id, host)).isEqualTo(22);
    }

    @Test
    void askingToJoinWaitsForNoOneWhoHoldsTheEventsRow() throws Exception {
        String host = person();
        String id = unlimitedEvent(host);
        String guest = person();

        JsonNode answer;
        // another transaction (a host's edit, a seat taken on an event with a limit) holds the event's row
        try (var held = HeldEventRow.hold(dataSource, id)) {
            var asking = Executors.newSingleThreadExecutor();
            Future<JsonNode> asked =
                    asking.submit(() -> api.post("/api/events/" + id + "/requests", Map.of("seats", 2), guest)
                            .json());
            try {
                answer = asked.get(20, TimeUnit.SECONDS);
            } finally {
                asking.shutdown();
            }
        }

        assertThat(answer.at("/data/status").asString()).isEqualTo("accepted");
        assertThat(seatsTaken(id, host)).isEqualTo(2);
    }

    @Test
    void aLimitSetWhileASeatIsBeingTakenCountsThatSeat() throws Exception {
        String host = person();
        String id = unlimitedEvent(host);
        api.post("/api/events/" + id + "/requests", Map.of("seats", 1), person());
        api.post("/api/events/" + id + "/requests", Map.of("seats", 1), person());

        Api.Response raced;
        try (Connection other = dataSource.getConnection()) {
            // a third seat being taken: written, not yet committed, when the host sets a limit of two
            other.setAutoCommit(false);
            try (var take = other.prepareStatement(
                    "update event_seat_stripe set seats = seats + 1 where event_id = ? and stripe = 0")) {
                take.setString(1, id);
                assertThat(take.executeUpdate()).isEqualTo(1);
            }
            var editing = Executors.newSingleThreadExecutor();
            Future<Api.Response> edited =
                    editing.submit(() -> api.patch("/api/events/" + id, Map.of("capacity", 2), host));
            Thread.sleep(1000);
            other.commit();
            raced = edited.get(20, TimeUnit.SECONDS);
            editing.shutdown();
        }

        // the edit waited for the seat and did not set a limit below the seats taken
        assertThat(raced.status()).as(raced.toString()).isEqualTo(409);
        assertThat(raced.text("code")).isEqualTo("EVENT_CHANGED");
        assertThat(seatsTaken(id, host)).isEqualTo(3);
        var tooLow = api.patch("/api/events/" + id, Map.of("capacity", 2), host);
        assertThat(tooLow.text("code")).isEqualTo("CAPACITY_BELOW_SEATS_TAKEN");

        // a limit that fits folds the seats into the event's row: from then on each seat is checked against it
        assertThat(api.patch("/api/events/" + id, Map.of("capacity", 3), host).status())
                .isEqualTo(200);
        assertThat(stripes(id)).isZero();
        assertThat(jdbc.sql("select seats_taken from event where id = ?")
                        .param(id)
                        .query(Integer.class)
                        .single())
                .isEqualTo(3);
        var full = api.post("/api/events/" + id + "/requests", Map.of("seats", 1), person());
        assertThat(full.json().at("/data/status").asString()).isEqualTo("waitlisted");

        // without a limit again, the seats are counted beside the row once more
        Map<String, Object> noLimit = new HashMap<>();
        noLimit.put("capacity", null);
        assertThat(api.patch("/api/events/" + id, noLimit, host).status()).isEqualTo(200);
        assertThat(stripes(id)).isEqualTo(8);
        var more = api.post("/api/events/" + id + "/requests", Map.of("seats", 2), person());
        assertThat(more.json().at("/data/status").asString()).isEqualTo("accepted");
        assertThat(seatsTaken(id, host)).isEqualTo(5);

        // cancelled, the event keeps its count on its row
        assertThat(api.post("/api/events/" + id + "/cancel", Map.of("reason", "The venue closed."), host)
                        .status())
                .isEqualTo(200);
        assertThat(stripes(id)).isZero();
    }

    private int seatsTaken(String id, String token) {
        return api.get("/api/events/" + id, token)
                .json()
                .at("/data/seats_taken")
                .asInt();
    }

    private int stripes(String id) {
        return jdbc.sql("select count(*) from event_seat_stripe where event_id = ?")
                .param(id)
                .query(Integer.class)
                .single();
    }

    private String person() {
        return auth.signUpComplete(TestPhones.newIndianMobile());
    }

    private String unlimitedEvent(String host) {
        String id = TestEvents.create(
                api,
                host,
                Map.of("admission", "open", "max_seats_per_request", 2),
                Instant.now().plus(Duration.ofDays(7)));
        assertThat(stripes(id)).isEqualTo(8);
        return id;
    }
}
