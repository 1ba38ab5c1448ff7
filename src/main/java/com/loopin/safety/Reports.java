package com.loopin.safety;

import com.loopin.events.EventDirectory;
import com.loopin.events.EventFacts;
import com.loopin.events.EventSeats;
import com.loopin.protection.AbuseProtection;
import com.loopin.shared.Actor;
import com.loopin.shared.Caller;
import com.loopin.shared.ErrorCode;
import com.loopin.shared.FieldError;
import com.loopin.shared.ValidationFailedException;
import com.loopin.users.UserDirectory;
import com.loopin.users.UserManagement;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reports of events and people, from anyone signed in, into a queue staff work through: resolve, dismiss, deactivate
 * the person, or cancel the event (each audited).
 */
@Service
public class Reports {

    /** Why something is reported: the app shows these as a list. */
    public static final List<String> REASONS =
            List.of("spam", "scam", "harassment", "inappropriate", "fake_profile", "unsafe_event", "underage", "other");

    static final String RESOLVED = "resolved";
    static final String DISMISSED = "dismissed";
    static final String PERSON_DEACTIVATED = "person_deactivated";
    static final String EVENT_CANCELLED = "event_cancelled";

    /** What staff may do with a report. */
    public static final Set<String> OUTCOMES = Set.of(RESOLVED, DISMISSED, PERSON_DEACTIVATED, EVENT_CANCELLED);

    /** The report as its reporter gets it back. */
    public record Filed(long id, String status) {}

    /** A report as the console's queue shows it, with names to read and how often its subject was reported. */
    public record Row(
            Report report,
            String reporterName,
            String eventTitle,
            Long personId,
            String personName,
            long reportsAboutSubject) {}

    private final ReportRepository reports;
    private final EventSeats events;
    private final EventDirectory eventDirectory;
    private final UserDirectory users;
    private final UserManagement accounts;
    private final AbuseProtection protection;
    private final SafetyProperties properties;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;

    Reports(
            ReportRepository reports,
            EventSeats events,
            EventDirectory eventDirectory,
            UserDirectory users,
            UserManagement accounts,
            AbuseProtection protection,
            SafetyProperties properties,
            ApplicationEventPublisher publisher,
            Clock clock) {
        this.reports = reports;
        this.events = events;
        this.eventDirectory = eventDirectory;
        this.users = users;
        this.accounts = accounts;
        this.protection = protection;
        this.properties = properties;
        this.publisher = publisher;
        this.clock = clock;
    }

    /** Files a report of an event (one the caller can see) or of a person, or of a person at an event. */
    @Transactional
    public Filed report(Caller caller, String eventId, Long userId, String reason, String text) {
        long reporterId = caller.requireUser();
        String note = text == null || text.isBlank() ? null : text.strip();
        List<FieldError> errors = new ArrayList<>();
        if (eventId == null && userId == null) {
            errors.add(new FieldError("event_id", "Give the event or the person (user_id) reported."));
        }
        if (userId != null && userId == reporterId) {
            errors.add(new FieldError("user_id", "You cannot report yourself."));
        }
        if (reason == null || !REASONS.contains(reason)) {
            errors.add(new FieldError("reason", "One of " + String.join(", ", REASONS) + "."));
        }
        if (note != null && note.length() > 500) {
            errors.add(new FieldError("text", "At most 500 characters."));
        }
        if (!errors.isEmpty()) {
            throw new ValidationFailedException(errors);
        }
        if (eventId != null) {
            events.visibleTo(eventId, caller);
        }
        if (userId != null && users.find(userId).isEmpty()) {
            throw SafetyRefusedException.noSuchPerson();
        }
        protection.countPersonAction("reports", reporterId, properties.reportsPerHour(), properties.reportsPerDay());
        long id = reports.insert(reporterId, eventId, userId, reason, note, clock.instant());
        return new Filed(id, "open");
    }

    /**
     * A page of the queue: open reports oldest first, handled ones latest first; of one event or one person when
     * {@code eventId} or {@code userId} is given.
     */
    @Transactional(readOnly = true)
    public List<Row> queue(String status, String eventId, Long userId, int size, int page) {
        List<Report> found = reports.page(status, eventId, userId, size, (long) page * size);
        var people = new java.util.HashSet<Long>();
        Map<String, EventFacts> eventsById = new java.util.HashMap<>();
        for (Report report : found) {
            people.add(report.reporterId());
            if (report.eventId() != null) {
                events.find(report.eventId()).ifPresent(event -> eventsById.put(event.id(), event));
            }
        }
        found.forEach(report -> people.add(subjectPerson(report, eventsById)));
        people.remove(null);
        var cards = users.cards(people);
        return found.stream()
                .map(report -> {
                    EventFacts event = report.eventId() == null ? null : eventsById.get(report.eventId());
                    Long person = subjectPerson(report, eventsById);
                    var reporter = cards.get(report.reporterId());
                    var subject = person == null ? null : cards.get(person);
                    return new Row(
                            report,
                            reporter == null ? null : reporter.name(),
                            event == null ? null : event.title(),
                            person,
                            subject == null ? null : subject.name(),
                            reports.countAbout(report.eventId(), person));
                })
                .toList();
    }

    @Transactional(readOnly = true)
    public Map<String, Long> countPerStatus() {
        return reports.countPerStatus();
    }

    /**
     * Staff handle an open report. {@code person_deactivated} deactivates the person reported (an event's: its host);
     * {@code event_cancelled} cancels the event with the reason given. Both also resolve the report.
     *
     * @throws SafetyRefusedException when the report was handled meanwhile or the outcome does not fit it
     */
    @Transactional
    public void handle(Actor staff, long id, String outcome, String reason) {
        Report report =
                reports.find(id).orElseThrow(() -> new SafetyRefusedException(ErrorCode.NOT_FOUND, "No such report."));
        if (!OUTCOMES.contains(outcome)) {
            throw new ValidationFailedException(List.of(new FieldError("outcome", "Not an outcome.")));
        }
        Instant now = clock.instant();
        EventFacts event =
                report.eventId() == null ? null : events.find(report.eventId()).orElse(null);
        Long person = report.userId() != null ? report.userId() : event == null ? null : event.hostId();
        // claimed first: of two members of staff handling it at once, one acts; a refused action undoes the claim
        String status = DISMISSED.equals(outcome) ? DISMISSED : RESOLVED;
        if (!reports.handle(id, status, outcome, staff.name(), now)) {
            throw new SafetyRefusedException(ErrorCode.REQUEST_NOT_OPEN, "Someone handled this report meanwhile.");
        }
        switch (outcome) {
            case PERSON_DEACTIVATED -> {
                if (person == null || users.find(person).isEmpty()) {
                    throw new SafetyRefusedException(ErrorCode.USER_NOT_FOUND, "The person's account is gone.");
                }
                accounts.deactivate(staff, person);
            }
            case EVENT_CANCELLED -> {
                if (event == null) {
                    throw new SafetyRefusedException(ErrorCode.EVENT_NOT_FOUND, "This report names no event.");
                }
                eventDirectory.cancel(
                        staff,
                        event.id(),
                        reason == null || reason.isBlank() ? "Cancelled by Loopin after a report" : reason);
            }
            default -> {}
        }
        String subject = event != null ? "event " + event.id() : "user " + person;
        publisher.publishEvent(new ReportHandled(staff, id, outcome, subject));
    }

    private static Long subjectPerson(Report report, Map<String, EventFacts> eventsById) {
        if (report.userId() != null) {
            return report.userId();
        }
        EventFacts event = report.eventId() == null ? null : eventsById.get(report.eventId());
        return event == null ? null : event.hostId();
    }
}
