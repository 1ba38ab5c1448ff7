package com.loopin.events;

import com.loopin.shared.Actor;
import com.loopin.shared.AuditedChange;
import java.time.Instant;
import java.util.List;

/**
 * What happened to an event, published in the transaction that did it: the audit log records each (an event's
 * history in the console), and the going and notification modules listen to the ones that concern guests.
 */
public sealed interface EventChanged extends AuditedChange {

    String eventId();

    String title();

    record Created(Actor actor, String eventId, String title, boolean published) implements EventChanged {
        @Override
        public Entry entry() {
            return new Entry(
                    "event.create",
                    "event",
                    eventId,
                    (published ? "Created and published " : "Created the draft ") + "“" + title + "”");
        }
    }

    record Edited(Actor actor, String eventId, String title, List<FieldChange> changes) implements EventChanged {
        @Override
        public Entry entry() {
            return new Entry("event.update", "event", eventId, "Edited “" + title + "”", changes);
        }
    }

    record Published(Actor actor, String eventId, String title) implements EventChanged {
        @Override
        public Entry entry() {
            return new Entry("event.publish", "event", eventId, "Published “" + title + "”");
        }
    }

    /** A published event's times changed: its guests are told. */
    record Rescheduled(
            Actor actor, String eventId, String title, Instant startsAt, Instant endsAt, List<FieldChange> changes)
            implements EventChanged {
        @Override
        public Entry entry() {
            return new Entry("event.reschedule", "event", eventId, "Rescheduled “" + title + "”", changes);
        }
    }

    /** By the host, by staff ({@code byStaff}) or by the host's account deletion; guests are told the reason. */
    record Cancelled(Actor actor, String eventId, String title, long hostId, String reason, boolean byStaff)
            implements EventChanged {
        @Override
        public Entry entry() {
            return new Entry(
                    byStaff ? "event.cancel_by_staff" : "event.cancel",
                    "event",
                    eventId,
                    "Cancelled “" + title + "”: " + reason);
        }
    }

    record Deleted(Actor actor, String eventId, String title) implements EventChanged {
        @Override
        public Entry entry() {
            return new Entry("event.delete", "event", eventId, "Deleted the draft “" + title + "”");
        }
    }

    record Completed(Actor actor, String eventId, String title) implements EventChanged {
        @Override
        public Entry entry() {
            return new Entry("event.complete", "event", eventId, "“" + title + "” ended");
        }
    }
}
