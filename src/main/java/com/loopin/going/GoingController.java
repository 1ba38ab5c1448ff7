package com.loopin.going;

import com.loopin.events.EventView.RequestRelation;
import com.loopin.going.GoingViews.AskToJoin;
import com.loopin.going.GoingViews.Attendance;
import com.loopin.going.GoingViews.BatchDecision;
import com.loopin.going.GoingViews.CheckInCode;
import com.loopin.going.GoingViews.CheckInView;
import com.loopin.going.GoingViews.GuestRequest;
import com.loopin.going.GoingViews.MessageBody;
import com.loopin.going.GoingViews.MessageSent;
import com.loopin.going.GoingViews.TicketView;
import com.loopin.shared.ApiEnvelope;
import com.loopin.shared.ApiErrors;
import com.loopin.shared.Caller;
import com.loopin.shared.ErrorCode;
import com.loopin.shared.FieldError;
import com.loopin.shared.ValidationFailedException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Going")
@SecurityRequirement(name = "bearer")
class GoingController {

    private static final String EVENT = "/api/events/{id:[0-9A-Za-z]{8}}";
    private static final String REQUEST = EVENT + "/requests/{requestId:[0-9A-Za-z]{12}}";

    private final Requests requests;
    private final Guests guests;
    private final CheckIns checkIns;
    private final HostMessages messages;
    private final PaymentCheckout checkout;

    GoingController(
            Requests requests, Guests guests, CheckIns checkIns, HostMessages messages, PaymentCheckout checkout) {
        this.messages = messages;
        this.checkout = checkout;
        this.requests = requests;
        this.guests = guests;
        this.checkIns = checkIns;
    }

    @Operation(
            operationId = "askToJoin",
            summary = "Ask to join an event",
            description = "Open admission: accepted at once while seats remain (with a ticket), else waitlisted with a "
                    + "position. Approval: pending until the host decides. One live request per person and event. "
                    + "A paid event: awaiting_payment with the seats held (PAYMENT_HOLD_MINUTES) and `payment`, the "
                    + "gateway's order for the app's checkout; the ticket comes once the gateway reports the payment "
                    + "captured. 503 PAYMENT_GATEWAY_UNAVAILABLE (Retry-After) when the gateway cannot make the "
                    + "order: nothing is kept, ask again.")
    @ApiErrors({
        ErrorCode.VALIDATION_ERROR,
        ErrorCode.EVENT_NOT_FOUND,
        ErrorCode.PROFILE_INCOMPLETE,
        ErrorCode.NOT_IN_AUDIENCE,
        ErrorCode.OWN_EVENT,
        ErrorCode.EVENT_NOT_PUBLISHED,
        ErrorCode.EVENT_STARTED,
        ErrorCode.EVENT_CANCELLED,
        ErrorCode.EVENT_COMPLETED,
        ErrorCode.ALREADY_REQUESTED,
        ErrorCode.REQUEST_REFUSED_BEFORE,
        ErrorCode.INVITATION_LINK_EXPIRED,
        ErrorCode.RATE_LIMITED,
        ErrorCode.PAYMENT_GATEWAY_UNAVAILABLE
    })
    @PostMapping(
            path = EVENT + "/requests",
            consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    ApiEnvelope<RequestRelation> ask(
            @AuthenticationPrincipal Caller caller, @PathVariable String id, @RequestBody AskToJoin body) {
        RequestRelation request = requests.ask(caller, id, body.seats(), body.message(), body.inviteToken());
        if (RequestStatus.AWAITING_PAYMENT.value().equals(request.status())) {
            // after the request's commit: the gateway is asked with no transaction open
            request = new RequestRelation(
                    request.id(),
                    request.status(),
                    request.seats(),
                    request.waitlistPosition(),
                    checkout.checkoutFor(request.id()));
        }
        return ApiEnvelope.ok(
                switch (request.status()) {
                    case "accepted" -> "You're in";
                    case "awaiting_payment" -> "Your seats are held: pay to get your ticket";
                    case "waitlisted" -> "You're on the waitlist";
                    default -> "Request sent to the host";
                },
                request);
    }

    @Operation(
            operationId = "cancelMyRequest",
            summary = "Cancel one's request, or one's place, until the event starts")
    @ApiErrors({ErrorCode.EVENT_NOT_FOUND, ErrorCode.REQUEST_NOT_FOUND, ErrorCode.EVENT_STARTED, ErrorCode.EVENT_CHANGED
    })
    @DeleteMapping(path = EVENT + "/requests/mine", produces = MediaType.APPLICATION_JSON_VALUE)
    ApiEnvelope<RequestRelation> cancelMine(@AuthenticationPrincipal Caller caller, @PathVariable String id) {
        return ApiEnvelope.ok("Request cancelled", requests.cancelMine(caller, id));
    }

    @Operation(
            operationId = "listEventRequests",
            summary = "The event's requests with a card of each guest (host)",
            description = "Oldest first; `status` narrows them. The card never holds a phone number or a birth date.")
    @ApiErrors({
        ErrorCode.VALIDATION_ERROR,
        ErrorCode.EVENT_NOT_FOUND,
        ErrorCode.NOT_EVENT_HOST,
        ErrorCode.INVALID_CURSOR
    })
    @GetMapping(path = EVENT + "/requests", produces = MediaType.APPLICATION_JSON_VALUE)
    ApiEnvelope.Paged<GuestRequest> list(
            @AuthenticationPrincipal Caller caller,
            @PathVariable String id,
            @Parameter(schema = @Schema(ref = GoingConfiguration.REQUEST_STATUS_SCHEMA)) @RequestParam(required = false)
                    String status,
            @Parameter(description = "1-100 (default 50)") @RequestParam(required = false) Integer limit,
            @RequestParam(required = false) String cursor) {
        var page = guests.requestsOf(caller, id, status, limit, cursor);
        return ApiEnvelope.Paged.of("Requests retrieved", page.requests(), page.nextCursor());
    }

    @Operation(operationId = "acceptRequest", summary = "Accept a request (host); 409 EVENT_FULL when it does not fit")
    @ApiErrors({
        ErrorCode.EVENT_NOT_FOUND,
        ErrorCode.NOT_EVENT_HOST,
        ErrorCode.REQUEST_NOT_FOUND,
        ErrorCode.REQUEST_NOT_OPEN,
        ErrorCode.EVENT_FULL,
        ErrorCode.EVENT_STARTED,
        ErrorCode.EVENT_CHANGED
    })
    @PostMapping(path = REQUEST + "/accept", produces = MediaType.APPLICATION_JSON_VALUE)
    ApiEnvelope<RequestRelation> accept(
            @AuthenticationPrincipal Caller caller, @PathVariable String id, @PathVariable String requestId) {
        return ApiEnvelope.ok("Accepted", one(caller, id, requestId, Requests.Decision.ACCEPT));
    }

    @Operation(operationId = "declineRequest", summary = "Decline a request (host); the person may not ask again")
    @ApiErrors({
        ErrorCode.EVENT_NOT_FOUND,
        ErrorCode.NOT_EVENT_HOST,
        ErrorCode.REQUEST_NOT_FOUND,
        ErrorCode.REQUEST_NOT_OPEN,
        ErrorCode.EVENT_STARTED,
        ErrorCode.EVENT_CHANGED
    })
    @PostMapping(path = REQUEST + "/decline", produces = MediaType.APPLICATION_JSON_VALUE)
    ApiEnvelope<RequestRelation> decline(
            @AuthenticationPrincipal Caller caller, @PathVariable String id, @PathVariable String requestId) {
        return ApiEnvelope.ok("Declined", one(caller, id, requestId, Requests.Decision.DECLINE));
    }

    @Operation(operationId = "waitlistRequest", summary = "Put a pending request on the waitlist (host)")
    @ApiErrors({
        ErrorCode.EVENT_NOT_FOUND,
        ErrorCode.NOT_EVENT_HOST,
        ErrorCode.REQUEST_NOT_FOUND,
        ErrorCode.REQUEST_NOT_OPEN,
        ErrorCode.EVENT_STARTED,
        ErrorCode.EVENT_CHANGED
    })
    @PostMapping(path = REQUEST + "/waitlist", produces = MediaType.APPLICATION_JSON_VALUE)
    ApiEnvelope<RequestRelation> waitlist(
            @AuthenticationPrincipal Caller caller, @PathVariable String id, @PathVariable String requestId) {
        return ApiEnvelope.ok("Waitlisted", one(caller, id, requestId, Requests.Decision.WAITLIST));
    }

    @Operation(operationId = "removeGuest", summary = "Remove an accepted guest (host); their seats go to the waitlist")
    @ApiErrors({
        ErrorCode.EVENT_NOT_FOUND,
        ErrorCode.NOT_EVENT_HOST,
        ErrorCode.REQUEST_NOT_FOUND,
        ErrorCode.REQUEST_NOT_OPEN,
        ErrorCode.EVENT_STARTED,
        ErrorCode.EVENT_CHANGED
    })
    @PostMapping(path = REQUEST + "/remove", produces = MediaType.APPLICATION_JSON_VALUE)
    ApiEnvelope<RequestRelation> remove(
            @AuthenticationPrincipal Caller caller, @PathVariable String id, @PathVariable String requestId) {
        return ApiEnvelope.ok("Guest removed", one(caller, id, requestId, Requests.Decision.REMOVE));
    }

    @Operation(
            operationId = "decideRequests",
            summary = "Accept, decline or waitlist up to 100 requests at once (host)",
            description = "All or nothing: when the acceptances do not fit, 409 EVENT_FULL and nothing changes.")
    @ApiErrors({
        ErrorCode.VALIDATION_ERROR,
        ErrorCode.EVENT_NOT_FOUND,
        ErrorCode.NOT_EVENT_HOST,
        ErrorCode.REQUEST_NOT_FOUND,
        ErrorCode.REQUEST_NOT_OPEN,
        ErrorCode.EVENT_FULL,
        ErrorCode.EVENT_STARTED,
        ErrorCode.EVENT_CHANGED
    })
    @PostMapping(
            path = EVENT + "/requests/batch",
            consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ApiEnvelope<List<RequestRelation>> batch(
            @AuthenticationPrincipal Caller caller, @PathVariable String id, @RequestBody BatchDecision body) {
        Requests.Decision decision;
        try {
            decision = Requests.Decision.valueOf(String.valueOf(body.action()).toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            decision = null;
        }
        if (decision == null || decision == Requests.Decision.REMOVE) {
            throw new ValidationFailedException(
                    List.of(new FieldError("action", "Must be accept, decline or waitlist.")));
        }
        return ApiEnvelope.ok("Requests decided", requests.decide(caller, id, body.requestIds(), decision));
    }

    @Operation(operationId = "listMyTickets", summary = "The caller's tickets, newest first, each with its QR code")
    @GetMapping(path = "/api/me/tickets", produces = MediaType.APPLICATION_JSON_VALUE)
    ApiEnvelope<List<TicketView>> tickets(@AuthenticationPrincipal Caller caller) {
        return ApiEnvelope.ok("Tickets retrieved", guests.ticketsOf(caller));
    }

    @Operation(
            operationId = "checkIn",
            summary = "Check a guest in at the door (host)",
            description = "A forged code or one of another event is 404; a cancelled ticket 410; the second scan 409 "
                    + "ALREADY_CHECKED_IN with the first scan's time; outside the window (CHECK_IN_OPENS_HOURS before "
                    + "the start to the end) 409 CHECK_IN_CLOSED.")
    @ApiErrors({
        ErrorCode.EVENT_NOT_FOUND,
        ErrorCode.NOT_EVENT_HOST,
        ErrorCode.TICKET_NOT_FOUND,
        ErrorCode.TICKET_CANCELLED,
        ErrorCode.EVENT_CANCELLED,
        ErrorCode.ALREADY_CHECKED_IN,
        ErrorCode.CHECK_IN_CLOSED
    })
    @PostMapping(
            path = EVENT + "/check-ins",
            consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ApiEnvelope<CheckInView> checkIn(
            @AuthenticationPrincipal Caller caller, @PathVariable String id, @RequestBody CheckInCode body) {
        return ApiEnvelope.ok("Checked in", checkIns.checkIn(caller, id, body.code()));
    }

    @Operation(
            operationId = "getAttendance",
            summary = "The door's live counts (host): going, checked in, no-shows after the end")
    @ApiErrors({ErrorCode.EVENT_NOT_FOUND, ErrorCode.NOT_EVENT_HOST})
    @GetMapping(path = EVENT + "/check-ins", produces = MediaType.APPLICATION_JSON_VALUE)
    ApiEnvelope<Attendance> attendance(@AuthenticationPrincipal Caller caller, @PathVariable String id) {
        return ApiEnvelope.ok("Attendance retrieved", checkIns.attendance(caller, id));
    }

    @Operation(
            operationId = "messageGuests",
            summary = "A message to everyone going (host)",
            description = "Stored with the event and delivered to each guest holding a ticket as a `host_message` "
                    + "notification. Until a day after the event ends.")
    @ApiErrors({
        ErrorCode.VALIDATION_ERROR,
        ErrorCode.EVENT_NOT_FOUND,
        ErrorCode.NOT_EVENT_HOST,
        ErrorCode.EVENT_NOT_PUBLISHED,
        ErrorCode.EVENT_CANCELLED,
        ErrorCode.EVENT_COMPLETED,
        ErrorCode.RATE_LIMITED
    })
    @PostMapping(
            path = EVENT + "/messages",
            consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    ApiEnvelope<MessageSent> message(
            @AuthenticationPrincipal Caller caller, @PathVariable String id, @RequestBody MessageBody body) {
        return ApiEnvelope.ok("Message sent", messages.send(caller, id, body.text()));
    }

    private RequestRelation one(Caller caller, String eventId, String requestId, Requests.Decision decision) {
        return requests.decide(caller, eventId, List.of(requestId), decision).getFirst();
    }
}
