package com.loopin.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Events for the going and safety flow tests: created through the API as a host's app creates them. */
public final class TestEvents {

    static final ZoneId KOLKATA = ZoneId.of("Asia/Kolkata");

    private TestEvents() {}

    /** A published event a week from now in Pune, with these fields over the defaults; its id. */
    public static String create(Api api, String host, Map<String, Object> fields) {
        return create(api, host, fields, Instant.now().plus(Duration.ofDays(7)));
    }

    /** A published event starting at the instant, three hours long, with these fields over the defaults; its id. */
    public static String create(Api api, String host, Map<String, Object> fields, Instant start) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", "Flow test " + System.nanoTime());
        body.put("interests", List.of(1));
        body.put("starts_at", start.atZone(KOLKATA).toOffsetDateTime().toString());
        body.put(
                "ends_at",
                start.plusSeconds(3 * 3600).atZone(KOLKATA).toOffsetDateTime().toString());
        body.put("venue", Map.of("name", "Secret rooftop", "city", "Pune", "latitude", 18.52, "longitude", 73.85));
        body.put("publish", true);
        body.putAll(fields);
        var created = api.post("/api/events", body, host);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().at("/data/id").asString();
    }
}
