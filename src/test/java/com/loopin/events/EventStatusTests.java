package com.loopin.events;

import static com.loopin.events.EventStatus.CANCELLED;
import static com.loopin.events.EventStatus.COMPLETED;
import static com.loopin.events.EventStatus.DRAFT;
import static com.loopin.events.EventStatus.PUBLISHED;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EventStatusTests {

    @Test
    void aDraftIsPublishedOrCancelledAndAPublishedEventCompletesOrIsCancelled() {
        assertThat(DRAFT.canBecome(PUBLISHED)).isTrue();
        assertThat(DRAFT.canBecome(CANCELLED)).isTrue();
        assertThat(DRAFT.canBecome(COMPLETED)).isFalse();
        assertThat(PUBLISHED.canBecome(COMPLETED)).isTrue();
        assertThat(PUBLISHED.canBecome(CANCELLED)).isTrue();
        assertThat(PUBLISHED.canBecome(DRAFT)).isFalse();
    }

    @Test
    void cancelledAndCompletedAreFinal() {
        for (EventStatus next : EventStatus.values()) {
            assertThat(CANCELLED.canBecome(next)).isFalse();
            assertThat(COMPLETED.canBecome(next)).isFalse();
        }
    }
}
