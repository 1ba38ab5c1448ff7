package com.loopin.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import com.loopin.database.ChangeNotifications;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.jdbc.CannotGetJdbcConnectionException;

/** The rows kept for lists: read once, forgotten on a change here or elsewhere, never kept from a raced read. */
class KeptEventsTests {

    private final ChangeNotifications notifications = mock(ChangeNotifications.class);
    private KeptEvents kept;
    /** The ids each read asked for, in order. */
    private final List<List<String>> reads = new ArrayList<>();

    private String title = "Open mic";

    @BeforeEach
    void setUp() {
        kept = new KeptEvents(notifications);
    }

    @Test
    void aKeptRowIsNotReadAgain() {
        assertThat(kept.rows(List.of("a", "b"), reader()).get("a").spec().title())
                .isEqualTo("Open mic");
        title = "Changed unseen";
        assertThat(kept.rows(List.of("a", "b"), reader()).get("a").spec().title())
                .isEqualTo("Open mic");
        assertThat(kept.rows(List.of("b", "c"), reader())).containsOnlyKeys("b", "c");
        assertThat(reads).containsExactly(List.of("a", "b"), List.of("c"));
    }

    @Test
    void aForgottenRowIsReadAgainAndTheChangeIsToldToTheOtherInstances() {
        kept.rows(List.of("a"), reader());
        title = "Open mic, new venue";
        kept.forget("a");

        assertThat(kept.rows(List.of("a"), reader()).get("a").spec().title()).isEqualTo("Open mic, new venue");
        verify(notifications, never()).publish(any(), any());
        kept.forget("b");
        kept.tellOtherInstances();
        kept.tellOtherInstances();

        verify(notifications, times(1)).publish(eq(KeptEvents.CHANNEL), any());
        verify(notifications)
                .publish(
                        eq(KeptEvents.CHANNEL),
                        argThat(ids -> Set.of(ids.split(",")).equals(Set.of("a", "b"))));
    }

    @Test
    void changesNotToldBecauseTheDatabaseWasAwayAreToldOnTheNextTry() {
        doThrow(new CannotGetJdbcConnectionException("away"))
                .doNothing()
                .when(notifications)
                .publish(any(), any());
        kept.forget("a");
        kept.tellOtherInstances();
        kept.tellOtherInstances();

        verify(notifications, times(2)).publish(KeptEvents.CHANNEL, "a");
    }

    @Test
    void aNotificationNamesEveryEventItForgets() {
        @SuppressWarnings("unchecked")
        ArgumentCaptor<Consumer<String>> told = ArgumentCaptor.forClass(Consumer.class);
        verify(notifications).subscribe(eq(KeptEvents.CHANNEL), told.capture(), any());
        kept.rows(List.of("a", "b", "c"), reader());

        told.getValue().accept("a,c");
        kept.rows(List.of("a", "b", "c"), reader());

        assertThat(reads).containsExactly(List.of("a", "b", "c"), List.of("a", "c"));
    }

    @Test
    void aChangeToldByAnotherInstanceForgetsTheRowAndAReconnectionForgetsAll() {
        @SuppressWarnings("unchecked")
        ArgumentCaptor<Consumer<String>> told = ArgumentCaptor.forClass(Consumer.class);
        ArgumentCaptor<Runnable> reconnected = ArgumentCaptor.forClass(Runnable.class);
        verify(notifications).subscribe(eq(KeptEvents.CHANNEL), told.capture(), reconnected.capture());
        kept.rows(List.of("a", "b"), reader());

        told.getValue().accept("a");
        kept.rows(List.of("a", "b"), reader());
        reconnected.getValue().run();
        kept.rows(List.of("a", "b"), reader());

        assertThat(reads).containsExactly(List.of("a", "b"), List.of("a"), List.of("a", "b"));
    }

    @Test
    void aRowReadWhileItsEventChangedIsNotKept() {
        // the change commits after the read's snapshot and is forgotten before the read's rows go in
        Function<List<String>, List<Event>> racing = ids -> {
            List<Event> old = reader().apply(ids);
            title = "Open mic, rescheduled";
            kept.forget("a");
            return old;
        };
        assertThat(kept.rows(List.of("a"), racing).get("a").spec().title())
                .as("the answer in flight may show the row as it was")
                .isEqualTo("Open mic");

        assertThat(kept.rows(List.of("a"), reader()).get("a").spec().title()).isEqualTo("Open mic, rescheduled");
    }

    @Test
    void waitingCountsAreKeptNoneIncludedAndForgottenWithTheRow() {
        List<List<String>> asked = new ArrayList<>();
        Function<List<String>, java.util.Map<String, WaitingRequests.Waiting>> counts = ids -> {
            asked.add(List.copyOf(ids));
            return java.util.Map.of("a", new WaitingRequests.Waiting(2, 1));
        };
        assertThat(kept.waiting(List.of("a", "b"), counts))
                .containsEntry("a", new WaitingRequests.Waiting(2, 1))
                .containsEntry("b", WaitingRequests.Waiting.NONE);
        kept.waiting(List.of("a", "b"), counts);
        kept.forget("b");
        kept.waiting(List.of("a", "b"), counts);

        assertThat(asked).containsExactly(List.of("a", "b"), List.of("b"));
    }

    @Test
    void aRowsDistanceBelongsToItsListAndIsNotKept() {
        kept.rows(List.of("a"), ids -> List.of(event("a").withChord(0.001)));
        assertThat(kept.rows(List.of("a"), reader()).get("a").chord()).isNull();
    }

    @Test
    void aRowIsKeptAsItsBytesAndReadBackWhole() {
        Event event = event("a");
        byte[] bytes = EventBytes.of(event).orElseThrow();

        assertThat(EventBytes.event(bytes)).isEqualTo(event);
        assertThat(KeptEvents.weight("a", bytes)).isEqualTo(120 + bytes.length);
        assertThat(bytes.length).as("a third of the row's objects").isLessThan(400);
    }

    @Test
    void aRowWithEveryFieldSetComesBackTheSame() {
        Instant start = Instant.parse("2027-01-10T13:30:00.123456Z");
        Event event = new Event(
                "Ab3dEf9h",
                Long.MAX_VALUE,
                EventStatus.CANCELLED,
                new EventSpec(
                        "Ghazal night \u0928\u092e\u0938\u094d\u0924\u0947",
                        "Two sets.\nDoors at seven.",
                        List.of(3L, 9L, 12L),
                        start,
                        start.plusSeconds(7_200),
                        ZoneId.of("Asia/Dubai"),
                        new Venue(
                                true,
                                "The Loft",
                                "12 MG Road",
                                "Indiranagar",
                                "Bengaluru",
                                "IN",
                                -12.97,
                                77.64,
                                "https://meet.example/x"),
                        null,
                        "open",
                        "women",
                        10,
                        "unlisted",
                        List.of("https://cdn.example/a.jpg", "https://cdn.example/b.jpg"),
                        10_000_000),
                7,
                "Rain",
                "staff",
                start.minusSeconds(3),
                start.minusSeconds(86_400),
                start.plusSeconds(1),
                start.minusSeconds(90_000),
                start.minusSeconds(2),
                null);

        assertThat(EventBytes.event(EventBytes.of(event).orElseThrow())).isEqualTo(event);
    }

    @Test
    void aRowWithATextTooLongForItsBytesIsNotKept() {
        title = "x".repeat(70_000);
        kept.rows(List.of("a"), reader());
        kept.rows(List.of("a"), reader());

        assertThat(reads).containsExactly(List.of("a"), List.of("a"));
        verify(notifications).subscribe(eq(KeptEvents.CHANNEL), any(), any());
    }

    private Function<List<String>, List<Event>> reader() {
        return ids -> {
            reads.add(List.copyOf(ids));
            return ids.stream().map(this::event).toList();
        };
    }

    private Event event(String id) {
        Instant start = Instant.parse("2027-01-10T13:30:00Z");
        return new Event(
                id,
                7,
                EventStatus.PUBLISHED,
                new EventSpec(
                        title,
                        "Poems and songs",
                        List.of(3L),
                        start,
                        start.plusSeconds(7_200),
                        ZoneId.of("Asia/Kolkata"),
                        new Venue(false, null, null, "Indiranagar", "Bengaluru", "IN", 12.97, 77.64, null),
                        20,
                        "approval",
                        "everyone",
                        1,
                        "public",
                        List.of(),
                        0),
                0,
                null,
                null,
                null,
                start.minusSeconds(86_400),
                null,
                start.minusSeconds(86_400),
                start.minusSeconds(86_400),
                null);
    }
}
