package com.loopin.events;

import com.loopin.shared.Actor;
import com.loopin.shared.AppProperties;
import com.loopin.shared.PhoneNumber;
import com.loopin.users.ProfileChange;
import com.loopin.users.UserDirectory;
import com.loopin.users.UserManagement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A handful of sample events in Bengaluru, Mumbai and Delhi, so that a mobile developer who starts the server on a
 * fresh machine sees a populated feed at once. Titles start with "[Sample]" and the host is "Loopin Samples";
 * they are added when the sample host has nothing upcoming (a fresh database, or samples that have all passed).
 * Never in production; off with {@code SAMPLE_EVENTS=false}.
 */
@Component
class SampleEvents {

    static final String HOST_NUMBER = "+919000000001";
    static final String PREFIX = "[Sample] ";
    private static final Logger log = LoggerFactory.getLogger(SampleEvents.class);
    private static final ZoneId KOLKATA = ZoneId.of("Asia/Kolkata");

    private final EventsProperties properties;
    private final AppProperties app;
    private final UserManagement accounts;
    private final UserDirectory users;
    private final EventRepository events;
    private final TransactionTemplate transaction;
    private final Clock clock;

    SampleEvents(
            EventsProperties properties,
            AppProperties app,
            UserManagement accounts,
            UserDirectory users,
            EventRepository events,
            PlatformTransactionManager transactions,
            Clock clock) {
        this.properties = properties;
        this.app = app;
        this.accounts = accounts;
        this.users = users;
        this.events = events;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    static boolean wanted(EventsProperties properties, AppProperties app) {
        return properties.samples() && !app.isProduction();
    }

    @EventListener(ApplicationReadyEvent.class)
    void offer() {
        if (!wanted(properties, app)) {
            return;
        }
        try {
            int added = addIfNoneUpcoming();
            if (added > 0) {
                log.info(
                        "Added {} sample events (\"[Sample] …\", development only; SAMPLE_EVENTS=false turns them off)",
                        added);
            }
        } catch (RuntimeException e) {
            log.warn("Sample events not added: {}", e.getMessage());
        }
    }

    /** @return how many sample events were added */
    int addIfNoneUpcoming() {
        Integer added = transaction.execute(status -> {
            long host = accounts.registerVerified(new PhoneNumber(HOST_NUMBER)).id();
            Instant now = clock.instant();
            if (!events.upcomingHostedBy(host, now).isEmpty()) {
                return 0;
            }
            users.updateProfile(
                    Actor.system("sample-events"),
                    host,
                    new ProfileChange(
                            "Loopin Samples",
                            "1990-01-01",
                            "other",
                            List.of(1L),
                            List.of("https://loopin.example/sample-host.jpg"),
                            "Sample events for development. Not real.",
                            "India"));
            LocalDate tomorrow = LocalDate.ofInstant(now, KOLKATA).plusDays(1);
            int count = 0;
            for (Sample sample : SAMPLES) {
                Instant start = tomorrow.plusDays(sample.inDays())
                        .atTime(sample.at())
                        .atZone(KOLKATA)
                        .toInstant();
                EventSpec spec = new EventSpec(
                        PREFIX + sample.title(),
                        sample.description()
                                + "\n\nA sample event for development: it is not real. SAMPLE_EVENTS=false turns samples off.",
                        List.of(sample.interest()),
                        start,
                        start.plus(sample.lasts()),
                        KOLKATA,
                        new Venue(
                                false,
                                sample.venue(),
                                null,
                                sample.area(),
                                sample.city(),
                                "IN",
                                sample.latitude(),
                                sample.longitude(),
                                null),
                        sample.capacity(),
                        "approval",
                        "everyone",
                        2,
                        "public",
                        List.of(),
                        0);
                while (!events.insert(Hosting.newId(), host, EventStatus.PUBLISHED, spec, now)) {
                    // an id taken: draw another
                }
                count++;
            }
            return count;
        });
        return added == null ? 0 : added;
    }

    private record Sample(
            String title,
            String description,
            long interest,
            int inDays,
            LocalTime at,
            Duration lasts,
            String venue,
            String area,
            String city,
            double latitude,
            double longitude,
            Integer capacity) {}

    private static final List<Sample> SAMPLES = List.of(
            new Sample(
                    "Sunday sunrise cycling",
                    "An easy 20 km loop around the lake. Bring a helmet and water.",
                    2,
                    1,
                    LocalTime.of(6, 0),
                    Duration.ofHours(3),
                    "Sankey Tank, main gate",
                    "Malleshwaram",
                    "Bengaluru",
                    13.0096,
                    77.5736,
                    25),
            new Sample(
                    "Indie music open mic",
                    "Five-minute slots, acoustic sets, friendly crowd.",
                    1,
                    2,
                    LocalTime.of(19, 30),
                    Duration.ofHours(3),
                    "A café in Indiranagar",
                    "Indiranagar",
                    "Bengaluru",
                    12.9784,
                    77.6408,
                    40),
            new Sample(
                    "Marine Drive evening walk",
                    "Meet at the promenade, walk to Girgaum Chowpatty, chai after.",
                    8,
                    1,
                    LocalTime.of(18, 0),
                    Duration.ofHours(2),
                    "Marine Drive promenade",
                    "Churchgate",
                    "Mumbai",
                    18.9432,
                    72.8230,
                    null),
            new Sample(
                    "Board games night",
                    "Catan, Codenames and more. Beginners welcome.",
                    10,
                    3,
                    LocalTime.of(20, 0),
                    Duration.ofHours(3),
                    "A games café",
                    "Bandra West",
                    "Mumbai",
                    19.0596,
                    72.8295,
                    16),
            new Sample(
                    "Old Delhi food walk",
                    "Parathe Wali Gali to jalebis: a guided tasting walk.",
                    3,
                    2,
                    LocalTime.of(17, 0),
                    Duration.ofHours(3),
                    "Chandni Chowk metro, gate 1",
                    "Chandni Chowk",
                    "Delhi",
                    28.6580,
                    77.2301,
                    12),
            new Sample(
                    "Lodhi Garden photo walk",
                    "Golden-hour photography among the tombs. Any camera or phone.",
                    4,
                    4,
                    LocalTime.of(16, 30),
                    Duration.ofHours(2),
                    "Lodhi Garden, gate 1",
                    "Lodhi Estate",
                    "Delhi",
                    28.5931,
                    77.2197,
                    20));
}
