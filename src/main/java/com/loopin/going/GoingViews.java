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
            String message,

            @Schema(
                    nullable = true,
                    description = "An invitation link's token (the `invite` of its URL): the request is admitted as "
                            + "an invitation, at once while seats remain")
            String inviteToken) {}

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

            @Schema(ref = GoingConfiguration.REQUEST_STATUS_SCHEMA)
            String status,

            int seats,
            @Schema(nullable = true) String message,

            @Schema(nullable = true, description = "Place on the waitlist, 1 first (null unless waitlisted)")
            Long waitlistPosition,

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

    record InviteBody(
            @Schema(description = "1-50 user ids of people who went to the host's earlier events")
            List<Long> userIds) {}

    record AcceptInvitation(
            @Schema(nullable = true, description = "1 to the event's max_seats_per_request (default 1)")
            Integer seats) {}

    /** An invitation as its invitee (and host) sees it. */
    @Schema(name = "Invitation")
    record InvitationView(
            String id,

            @Schema(allowableValues = {"pending", "accepted", "declined", "cancelled"})
            String status,

            String eventId,
            String eventTitle,
            OffsetDateTime startsAt,
            long invitedBy,
            OffsetDateTime createdAt) {}

    /** Who was invited, and who was not with the reason. */
    record Invited(List<InvitationView> invitations, List<Skipped> skipped) {

        record Skipped(
                long userId,

                @Schema(allowableValues = {"not_a_past_guest", "already_invited", "already_requested", "unavailable"})
                String reason) {}
    }

    /** A link that opens the event; its {@code token} also revokes it. */
    record InvitationLink(
            @Schema(description = "Opens the event as `?invite=`; also what revokes the link")
            String token,

            String url,

            @Schema(description = "The event's start: requests end then")
            OffsetDateTime expiresAt) {}

    /** Someone who went to the caller's events, to invite again. */
    record PastGuest(
            long userId,
            @Schema(nullable = true) String name,
            @Schema(nullable = true) String picture,

            @Schema(description = "How many of the caller's events they held a ticket for")
            long eventsWent) {}

    record MessageBody(
            @Schema(description = "1-1000 characters", example = "Gate 2 is open; see you at 7!")
            String text) {}

    /** A message stored and handed to delivery (inbox and push, with the notifications module). */
    record MessageSent(
            String id,

            @Schema(description = "People going who receive it")
            int recipients) {}
}
