package com.loopin.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.loopin.shared.AppProperties;
import com.loopin.support.Api;
import com.loopin.support.FlowTest;
import com.loopin.support.TestDatabaseSetup;
import java.sql.SQLException;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.util.unit.DataSize;

/** A fresh development database offers a populated feed: sample events in three cities, marked as samples. */
@FlowTest
@TestPropertySource(properties = "loopin.events.samples=true")
class SampleEventsTests {

    @DynamicPropertySource
    static void ownDatabase(DynamicPropertyRegistry registry) throws SQLException {
        TestDatabaseSetup.ownDatabase("loopin_samples", registry);
    }

    @LocalServerPort
    int port;

    @Autowired
    SampleEvents samples;

    @Test
    void aFreshDatabaseOffersMarkedSamplesInThreeCitiesOnce() {
        var feed = new Api(port).get("/api/events?limit=50");

        assertThat(feed.status()).isEqualTo(200);
        List<String> titles = StreamSupport.stream(feed.json().get("data").spliterator(), false)
                .map(event -> event.get("title").asString())
                .toList();
        assertThat(titles).hasSize(6).allMatch(title -> title.startsWith("[Sample] "));
        assertThat(StreamSupport.stream(feed.json().get("data").spliterator(), false)
                        .map(event -> event.at("/venue/city").asString())
                        .distinct())
                .containsExactlyInAnyOrder("Bengaluru", "Mumbai", "Delhi");
        assertThat(feed.json().at("/data/0/host/name").asString()).isEqualTo("Loopin Samples");
        assertThat(feed.json().at("/data/0/description").asString()).contains("not real");
        assertThat(samples.addIfNoneUpcoming())
                .as("not again while they are upcoming")
                .isZero();
    }

    @Test
    void neverInProduction() {
        var production = new AppProperties(
                ZoneId.of("Asia/Kolkata"), "IN", List.of(), DataSize.ofKilobytes(64), List.of(), null, "production");
        var development = new AppProperties(
                ZoneId.of("Asia/Kolkata"), "IN", List.of(), DataSize.ofKilobytes(64), List.of(), null, null);
        var on = new EventsProperties(
                10,
                30,
                Duration.ofMinutes(1),
                null,
                true,
                java.math.BigDecimal.valueOf(5),
                java.math.BigDecimal.valueOf(18));
        var off = new EventsProperties(
                10,
                30,
                Duration.ofMinutes(1),
                null,
                false,
                java.math.BigDecimal.valueOf(5),
                java.math.BigDecimal.valueOf(18));

        assertThat(SampleEvents.wanted(on, production)).isFalse();
        assertThat(SampleEvents.wanted(on, development)).isTrue();
        assertThat(SampleEvents.wanted(off, development)).isFalse();
    }
}
