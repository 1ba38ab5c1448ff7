package com.loopin.events;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.OffsetDateTime;
import java.util.List;

/** An event as the API answers it (snake_case on the wire). */
@Schema(name = "Event")
public record EventView(
        @Schema(example = "aZ3kP9qR") String id,

        @Schema(allowableValues = {"draft", "published", "completed", "cancelled"})
        String status,

        @Schema(example = "Sunday sunrise cycling") String title,
        String description,
        List<Interest> interests,

        @Schema(description = "With the offset of the event's time zone", example = "2027-01-10T06:00:00+05:30")
        OffsetDateTime startsAt,

        @Schema(example = "2027-01-10T09:00:00+05:30") OffsetDateTime endsAt,
        @Schema(example = "Asia/Kolkata") String timeZone,
        VenueView venue,

        @Schema(nullable = true, description = "Null: unlimited", example = "20")
        Integer capacity,

        @Schema(allowableValues = {"approval", "open"}) String admission,

        @Schema(allowableValues = {"everyone", "women", "men"})
        String audience,

        int maxSeatsPerRequest,

        @Schema(allowableValues = {"public", "unlisted", "private"})
        String visibility,

        List<String> coverPictures,
        @Schema(example = "0") long pricePaise,

        @Schema(nullable = true, description = "Per seat, for a paid event")
        Price price,

        @Schema(nullable = true, description = "Null when the host's account is gone")
        Host host,

        int seatsTaken,

        @Schema(nullable = true, description = "Null when unlimited")
        Integer seatsLeft,

        int waitlisted,

        @Schema(nullable = true, description = "For the host only")
        Integer pendingRequests,

        @Schema(nullable = true, description = "Null for a private event")
        String shareUrl,

        @Schema(nullable = true) String cancelReason,
        @Schema(nullable = true) OffsetDateTime cancelledAt,
        @Schema(nullable = true) OffsetDateTime publishedAt,

        @Schema(nullable = true, description = "With near: kilometres from the point")
        Double distanceKm,

        @Schema(nullable = true, description = "The caller's relation; null without a token")
        Me me,

        OffsetDateTime createdAt,
        OffsetDateTime updatedAt) {

    public record Interest(
            @Schema(example = "3") long id,
            @Schema(example = "Sports & Fitness") String name) {}

    /**
     * Before acceptance: the city, the area and coordinates rounded to about 1 km ({@code exact} false); the host and
     * accepted guests see the name, address, exact coordinates and join link.
     */
    @Schema(name = "EventVenue")
    public record VenueView(
            boolean online,

            @Schema(description = "Whether this is the exact venue or the approximate one")
            boolean exact,

            @Schema(nullable = true) String name,
            @Schema(nullable = true) String address,
            @Schema(nullable = true) String area,
            @Schema(nullable = true, example = "Bengaluru") String city,
            @Schema(nullable = true, example = "IN") String countryCode,
            @Schema(nullable = true) Double latitude,
            @Schema(nullable = true) Double longitude,
            @Schema(nullable = true) String joinUrl) {}

    public record Host(
            long userId,
            @Schema(nullable = true) String name,
            @Schema(nullable = true) String picture) {}

    public record Price(long seatPaise, long feePaise, long feeGstPaise, long totalPaise) {}

    /** The caller's relation to the event: their live or last request, their ticket, an invitation. */
    public record Me(
            boolean isHost,
            @Schema(nullable = true) RequestRelation request,
            @Schema(nullable = true) TicketRelation ticket,
            @Schema(nullable = true) InvitationRelation invitation) {

        /** Accepted, with a ticket that is not cancelled: the exact venue is theirs to see. */
        boolean going() {
            return ticket != null && !"cancelled".equals(ticket.status());
        }
    }

    /** A request as its guest sees it. {@code payment} comes with paid events (null until then). */
    public record RequestRelation(
            @Schema(example = "Rq7fK2m9Xa1B") String id,

            @Schema(ref = "#/components/schemas/RequestStatus")
            String status,

            int seats,

            @Schema(
                    nullable = true,
                    description =
                            "Place on the waitlist, 1 first: it moves up as those before leave the waitlist (null unless waitlisted)")
            Long waitlistPosition,

            @Schema(nullable = true, description = "While awaiting payment: what the app's checkout needs")
            Checkout payment) {}

    /**
     * The gateway's order for a request awaiting payment: the app opens the gateway's checkout with it, then
     * confirms with {@code POST /api/payments/{order_id}/confirm}.
     */
    public record Checkout(
            @Schema(example = "order_IEIaMR65cu6nz3") String orderId,

            @Schema(description = "The per-seat total times the seats, in paise")
            long amountPaise,

            @Schema(example = "INR") String currency,

            @Schema(description = "The gateway's public key id (never the secret)")
            String keyId,

            @Schema(description = "When the seats held for this payment are let go")
            OffsetDateTime expiresAt) {}

    public record TicketRelation(
            @Schema(example = "Tk3jD8s0Qw2E") String id,

            @Schema(description = "What the QR code holds: the ticket id, signed; nothing about the person")
            String code,

            int seats,

            @Schema(allowableValues = {"valid", "checked_in", "cancelled"})
            String status) {}

    public record InvitationRelation(String id, String status) {}
}
