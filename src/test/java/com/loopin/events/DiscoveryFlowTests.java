package com.loopin.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.loopin.support.Api;
import com.loopin.support.CapturingSmsSender;
import com.loopin.support.FlowTest;
import com.loopin.support.TestDatabaseSetup;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The contract's discovery section on PostgreSQL: every filter and order, keyset pages that never skip or repeat
 * while events are added, the business zone's days. On a database of its own, so the lists hold only its events.
 */
@FlowTest
@TestPropertySource(properties = {"loopin.events.creates-per-hour=1000", "loopin.events.creates-per-day=1000"})
class DiscoveryFlowTests {

    static final String DATABASE = "loopin_discovery";

    @DynamicPropertySource
    static void ownDatabase(DynamicPropertyRegistry registry) throws SQLException {
        TestDatabaseSetup.ownDatabase(DATABASE, registry);
    }

    @LocalServerPort
    int port;

    @Autowired
    CapturingSmsSender sms;

    @Autowired
    JdbcClient jdbc;

    Api api;
    Events events;
    String host;
    /** Later than any other test's events: the start of a day of this test's own. */
    Instant base;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        events = new Events(api, sms);
        host = events.host();
        jdbc.sql("delete from event").update();
        base = LocalDate.now(Events.KOLKATA)
                .plusDays(10)
                .atStartOfDay(Events.KOLKATA)
                .toInstant();
    }

    @Test
    void pagesNeverSkipOrRepeatWhileEventsAreAdded() {
        List<String> original = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            // every third event shares its start with the one before: the id orders them
            Instant start = base.plus(Duration.ofHours(1 + i - i / 3));
            original.add(events.create(host, Events.body("Meetup " + i, start, true)));
        }
        List<String> seen = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            var page = api.get("/api/events?limit=5" + (cursor == null ? "" : "&cursor=" + cursor));
            assertThat(page.status()).as(page.toString()).isEqualTo(200);
            seen.addAll(ids(page.json()));
            cursor = page.json().get("next_cursor").isNull()
                    ? null
                    : page.json().get("next_cursor").asString();
            // while the app pages: one event before the pages read so far, one among the rest, one after all
            events.create(host, Events.body("Early " + pages, base.plus(Duration.ofMinutes(1)), true));
            events.create(host, Events.body("Middle " + pages, base.plus(Duration.ofHours(12)), true));
            events.create(host, Events.body("Late " + pages, base.plus(Duration.ofDays(3)), true));
            pages++;
        } while (cursor != null && pages < 30);

        assertThat(new LinkedHashSet<>(seen)).as("no event twice").hasSameSizeAs(seen);
        assertThat(seen).containsAll(original);
        assertThat(seen.stream().filter(original::contains).toList())
                .as("in start order, the id breaking ties")
                .isEqualTo(sortedByStartAndId(original));
        assertThat(seen)
                .as("an event added before the pages already read is not shown on a later page")
                .noneMatch(id -> title(id).startsWith("Early"));
    }

    @Test
    void eachFilterNarrowsTheList() {
        Instant day = base.plus(Duration.ofDays(1));
        String music = events.create(
                host, withInterests(Events.body("Jazz in the park", day.plus(Duration.ofHours(18)), true), 1));
        String sports = events.create(
                host, withInterests(Events.body("Morning football", day.plus(Duration.ofHours(7)), true), 3));
        String mumbai = events.create(
                host,
                inCity(
                        Events.body("Marine Drive run", day.plus(Duration.ofHours(6)), true),
                        "Mumbai",
                        18.9432,
                        72.8230));
        String women = events.create(
                host,
                Events.with(Events.body("Women's trek", day.plus(Duration.ofHours(5)), true), "audience", "women"));
        String nextWeek = events.create(host, Events.body("Next week's quiz", day.plus(Duration.ofDays(7)), true));
        String online = events.create(
                host,
                Events.with(
                        Events.body("Online chess", day.plus(Duration.ofHours(20)), true),
                        "venue",
                        Map.of("online", true, "join_url", "https://meet.example.com/chess")));

        assertThat(listed("interests=1")).containsExactly(music);
        assertThat(listed("interests=1,2")).containsExactly(music);
        assertThat(listed("city=mumbai")).containsExactly(mumbai);
        assertThat(listed("city=%20BENGALURU%20")).containsExactly(women, sports, music, nextWeek);
        assertThat(listed("audience=women")).containsExactly(women);
        LocalDate date = LocalDate.ofInstant(day, Events.KOLKATA);
        assertThat(listed("from=" + date + "&to=" + date)).containsExactly(women, mumbai, sports, music, online);
        assertThat(listed("from=" + date.plusDays(1))).containsExactly(nextWeek);
        assertThat(listed("q=football")).containsExactly(sports);
        assertThat(listed("q=JAZZ%20park")).containsExactly(music);
        assertThat(listed("q=jazz%20football")).as("every word").isEmpty();
        assertThat(listed("near=18.94,72.82&radius_km=5")).containsExactly(mumbai);
        assertThat(listed("near=12.97,77.59")).as("10 km by default").containsExactly(women, sports, music, nextWeek);
        assertThat(listed("near=13.20,77.59&radius_km=10"))
                .as("about 25 km north")
                .isEmpty();
        assertThat(listed("near=13.20,77.59&radius_km=30")).hasSize(4);
    }

    @Test
    void nearMeOrdersByDistanceAndPagesByIt() {
        Instant day = base.plus(Duration.ofDays(2));
        // 1 km steps east of Bengaluru's centre (at this latitude a degree of longitude is about 108.5 km)
        List<String> byDistance = new ArrayList<>();
        for (int km = 0; km < 9; km++) {
            byDistance.add(events.create(
                    host,
                    inCity(
                            Events.body("Stop " + km, day.plus(Duration.ofHours(9 - km)), true),
                            "Bengaluru",
                            12.9716,
                            77.5946 + km / 108.5)));
        }
        events.create(host, inCity(Events.body("Far away", day, true), "Mysuru", 12.2958, 76.6394));

        List<String> seen = new ArrayList<>();
        String cursor = null;
        List<Double> distances = new ArrayList<>();
        do {
            var page = api.get("/api/events?near=12.9716,77.5946&radius_km=20&order=distance&limit=4"
                    + (cursor == null ? "" : "&cursor=" + cursor));
            assertThat(page.status()).as(page.toString()).isEqualTo(200);
            seen.addAll(ids(page.json()));
            page.json()
                    .get("data")
                    .forEach(event -> distances.add(event.get("distance_km").asDouble()));
            cursor = page.json().get("next_cursor").isNull()
                    ? null
                    : page.json().get("next_cursor").asString();
        } while (cursor != null);

        assertThat(seen).isEqualTo(byDistance);
        assertThat(distances).isSorted();
        assertThat(distances.getLast()).isBetween(7.9, 8.1);
        assertThat(api.get("/api/events?order=distance").text("code")).isEqualTo("VALIDATION_ERROR");
    }

    @Test
    void eventsAtOnePlacePageByIdNearestFirstWhileOthersAreAdded() {
        Instant day = base.plus(Duration.ofDays(2));
        // three venues east of Bengaluru's centre (0, 1 and 2 km), four events at each, a page of one: pages end inside
        // groups of equally near events, which their ids order
        List<String> original = new ArrayList<>();
        for (int km = 0; km < 3; km++) {
            for (int i = 0; i < 4; i++) {
                original.add(events.create(
                        host,
                        inCity(
                                Events.body("Stop " + km + "." + i, day.plus(Duration.ofHours(i)), true),
                                "Bengaluru",
                                12.9716,
                                77.5946 + km / 108.5)));
            }
        }
        List<String> expected = new ArrayList<>();
        for (int km = 0; km < 3; km++) {
            expected.addAll(
                    original.subList(km * 4, km * 4 + 4).stream().sorted().toList());
        }

        List<String> seen = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            var page = api.get("/api/events?near=12.9716,77.5946&order=distance&limit=1"
                    + (cursor == null ? "" : "&cursor=" + cursor));
            assertThat(page.status()).as(page.toString()).isEqualTo(200);
            seen.addAll(ids(page.json()));
            if (pages++ == 4) {
                // at 0 km, nearer than the pages have come (1 km): never shown to this reader, and it moves nothing
                events.create(host, inCity(Events.body("Late arrival", day, true), "Bengaluru", 12.9716, 77.5946));
            }
            cursor = page.json().get("next_cursor").isNull()
                    ? null
                    : page.json().get("next_cursor").asString();
        } while (cursor != null);

        assertThat(seen).isEqualTo(expected);
        assertThat(pages).isEqualTo(12);
    }

    @Test
    void forYouPutsTheCallersInterestsFirst() {
        Instant day = base.plus(Duration.ofDays(3));
        String none =
                events.create(host, withInterests(Events.body("Pottery", day.plus(Duration.ofHours(1)), true), 9));
        String one = events.create(host, withInterests(Events.body("Gig", day.plus(Duration.ofHours(2)), true), 1, 9));
        String two = events.create(
                host, withInterests(Events.body("Gig and food", day.plus(Duration.ofHours(3)), true), 1, 2));
        String twoEarlier = events.create(
                host, withInterests(Events.body("Food and sport", day.plus(Duration.ofHours(2)), true), 2, 3));
        // the caller (the test profile) likes interests 1, 2 and 3
        String caller = events.host();

        List<String> seen = new ArrayList<>();
        String cursor = null;
        do {
            var page =
                    api.get("/api/events?order=for_you&limit=1" + (cursor == null ? "" : "&cursor=" + cursor), caller);
            assertThat(page.status()).as(page.toString()).isEqualTo(200);
            seen.addAll(ids(page.json()));
            cursor = page.json().get("next_cursor").isNull()
                    ? null
                    : page.json().get("next_cursor").asString();
        } while (cursor != null);

        assertThat(seen).containsExactly(twoEarlier, two, one, none);
        var anonymous = api.get("/api/events?order=for_you");
        assertThat(anonymous.status()).isEqualTo(400);
    }

    @Test
    void aCursorIsChecked() {
        for (int i = 0; i < 3; i++) {
            events.create(host, Events.body("Walk " + i, base.plus(Duration.ofHours(i + 1)), true));
        }
        String cursor = api.get("/api/events?limit=1").json().get("next_cursor").asString();

        var forged = api.get("/api/events?cursor=not-a-cursor");
        assertThat(forged.status()).isEqualTo(400);
        assertThat(forged.text("code")).isEqualTo("INVALID_CURSOR");
        var otherOrder = api.get("/api/events?near=12.97,77.59&order=distance&cursor=" + cursor);
        assertThat(otherOrder.text("code")).as("a cursor of another order").isEqualTo("INVALID_CURSOR");
        var bad = api.get("/api/events?limit=51&near=abc&radius_km=500&from=tomorrow&audience=kids&order=random");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(HostingFlowTests.fields(bad.json()))
                .contains("limit", "near", "radius_km", "from", "audience", "order");
    }

    @Test
    void todayIsTheBusinessZonesDay() {
        // 23:30 in Kolkata is 18:00 UTC the same day; 00:30 the next day in Kolkata is still "today" in UTC
        LocalDate day = LocalDate.ofInstant(base, Events.KOLKATA).plusDays(4);
        String late = events.create(
                host,
                Events.body(
                        "Late show",
                        day.atTime(LocalTime.of(23, 30)).atZone(Events.KOLKATA).toInstant(),
                        true));
        events.create(
                host,
                Events.body(
                        "After midnight",
                        day.plusDays(1)
                                .atTime(LocalTime.of(0, 30))
                                .atZone(Events.KOLKATA)
                                .toInstant(),
                        true));
        events.create(
                host,
                Events.body(
                        "Just before",
                        day.atStartOfDay(Events.KOLKATA).toInstant().minus(1, ChronoUnit.MINUTES),
                        true));

        assertThat(listed("from=" + day + "&to=" + day)).containsExactly(late);
    }

    private List<String> listed(String query) {
        var answer = api.get("/api/events?limit=50&" + query);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        return ids(answer.json());
    }

    private static List<String> ids(JsonNode page) {
        return StreamSupport.stream(page.get("data").spliterator(), false)
                .map(event -> event.get("id").asString())
                .toList();
    }

    private List<String> sortedByStartAndId(List<String> ids) {
        return jdbc.sql("select id from event where id in ("
                        + String.join(
                                ",", ids.stream().map(id -> "'" + id + "'").toList()) + ") order by starts_at, id")
                .query(String.class)
                .list();
    }

    private String title(String id) {
        return jdbc.sql("select title from event where id = ?")
                .param(id)
                .query(String.class)
                .single();
    }

    private static Map<String, Object> withInterests(Map<String, Object> body, Integer... interests) {
        return Events.with(body, "interests", List.of(interests));
    }

    private static Map<String, Object> inCity(
            Map<String, Object> body, String city, double latitude, double longitude) {
        Map<String, Object> venue = new HashMap<>();
        venue.put("city", city);
        venue.put("latitude", latitude);
        venue.put("longitude", longitude);
        return Events.with(body, "venue", venue);
    }
}
