package com.loopin.going;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.OffsetDateTime;
import java.util.List;

/** The JSON shapes of the going endpoints (snake_case on the wire). */
final class GoingViews {

    private GoingViews() {}

    /** The body of asking to join. */
    record AskToJoin(
            @Schema(description = "1 to the event's max_seats_per_request (default 1)", example = "1")
            Integer seats,

            @Schema(description = "To the host, at most 300 characters", example = "Hi! I cycle every weekend.")
            String message) {}

    /** The host's decision on many requests at once. */
    record BatchDecision(
            @Schema(description = "1-100 request ids of this event")
            List<String> requestIds,

            @Schema(allowableValues = {"accept", "decline", "waitlist"})
            String action) {}

    /**
     * A person asking to join, as the host sees them: never their phone number or birth date.
     *
     * @param eventsAttended Loopin events they were checked in at
     */
    @Schema(name = "GuestCard")
    record GuestCard(
            long userId,
            @Schema(nullable = true) String name,

            @Schema(nullable = true, description = "In whole years")
            Integer age,

            @Schema(
                    nullable = true,
                    allowableValues = {"male", "female", "other"})
            String gender,

            @Schema(nullable = true) String bio,
            @Schema(nullable = true) String location,
            List<String> interests,
            List<String> pictures,
            long eventsAttended) {}

    @Schema(name = "GuestRequest")
    record GuestRequest(
            String id,

            @Schema(
                    allowableValues = {
                        "pending",
                        "awaiting_payment",
                        "accepted",
                        "declined",
                        "waitlisted",
                        "cancelled",
                        "expired",
                        "removed"
                    })
            String status,

            int seats,
            @Schema(nullable = true) String message,
            @Schema(nullable = true) Long waitlistPosition,
            OffsetDateTime createdAt,
            GuestCard guest) {}

    @Schema(name = "Ticket")
    record TicketView(
            String id,
            String eventId,
            @Schema(nullable = true) String eventTitle,
            @Schema(nullable = true) OffsetDateTime startsAt,

            @Schema(description = "What the QR code holds: the ticket id, signed; nothing about the person")
            String code,

            int seats,

            @Schema(allowableValues = {"valid", "checked_in", "cancelled"})
            String status,

            @Schema(nullable = true) OffsetDateTime checkedInAt) {}

    /** The body of a check-in: the code the guest's QR code holds. */
    record CheckInCode(String code) {}

    @Schema(name = "CheckIn")
    record CheckInView(
            String ticketId,
            @Schema(nullable = true) String name,
            @Schema(nullable = true) String picture,
            int seats,
            OffsetDateTime checkedInAt,
            Attendance attendance) {}

    /**
     * The door's live counts, in seats.
     *
     * @param noShows seats of valid tickets never checked in, once the event has ended; null before
     */
    @Schema(name = "Attendance")
    record Attendance(
            long going,
            long checkedIn,
            @Schema(nullable = true) Long noShows) {}
}
