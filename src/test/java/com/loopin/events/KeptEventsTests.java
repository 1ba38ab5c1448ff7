package com.loopin.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

import com.loopin.database.ChangeNotifications;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

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
        verify(notifications).publish(KeptEvents.CHANNEL, "a");
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
    void aRowWeighsItsTextAtTwoBytesACharacter() {
        Event event = event("a");
        int text = event.spec().title().length()
                + event.spec().description().length()
                + event.spec().venue().area().length()
                + event.spec().venue().city().length();
        assertThat(KeptEvents.weight("a", event)).isEqualTo(1_000 + 2 * text);
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
