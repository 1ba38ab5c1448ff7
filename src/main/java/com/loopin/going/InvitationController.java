package com.loopin.going;

import com.loopin.events.EventView.RequestRelation;
import com.loopin.going.GoingViews.AcceptInvitation;
import com.loopin.going.GoingViews.InvitationLink;
import com.loopin.going.GoingViews.InvitationView;
import com.loopin.going.GoingViews.InviteBody;
import com.loopin.going.GoingViews.Invited;
import com.loopin.going.GoingViews.PastGuest;
import com.loopin.shared.ApiEnvelope;
import com.loopin.shared.ApiErrors;
import com.loopin.shared.Caller;
import com.loopin.shared.ErrorCode;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

@RestController
@Tag(name = "Going")
@SecurityRequirement(name = "bearer")
class InvitationController {

    private static final String EVENT = "/api/events/{id:[0-9A-Za-z]{8}}";
    private static final String INVITATION = "/api/invitations/{invitationId:[0-9A-Za-z]{12}}";

    private final Invitations invitations;

    InvitationController(Invitations invitations) {
        this.invitations = invitations;
    }

    @Operation(
            operationId = "invitePeople",
            summary = "Invite up to 50 people who went to the host's earlier events (host)",
            description = "Each person is invited or skipped with a reason: `not_a_past_guest`, `already_invited`, "
                    + "`already_requested` (decide their request instead) or `unavailable`. An invitation opens a "
                    + "private event to its invitee; accepting it takes seats at once while they remain.")
    @ApiErrors({
        ErrorCode.VALIDATION_ERROR,
        ErrorCode.EVENT_NOT_FOUND,
        ErrorCode.NOT_EVENT_HOST,
        ErrorCode.EVENT_NOT_PUBLISHED,
        ErrorCode.EVENT_STARTED,
        ErrorCode.EVENT_CANCELLED,
        ErrorCode.EVENT_COMPLETED,
        ErrorCode.RATE_LIMITED
    })
    @PostMapping(
            path = EVENT + "/invitations",
            consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    ApiEnvelope<Invited> invite(
            @AuthenticationPrincipal Caller caller, @PathVariable String id, @RequestBody InviteBody body) {
        Invited invited = invitations.invite(caller, id, body.userIds());
        return ApiEnvelope.ok(invited.invitations().size() + " invited", invited);
    }

    @Operation(
            operationId = "createInvitationLink",
            summary = "A link that opens the event to whoever has it (host)",
            description = "`url` is the share page with `?invite=<token>`; the app reads the event with the same "
                    + "`invite` and asks to join with `invite_token`, admitted at once while seats remain. The link "
                    + "lasts until the event starts or until revoked.")
    @ApiErrors({
        ErrorCode.EVENT_NOT_FOUND,
        ErrorCode.NOT_EVENT_HOST,
        ErrorCode.EVENT_NOT_PUBLISHED,
        ErrorCode.EVENT_STARTED,
        ErrorCode.EVENT_CANCELLED,
        ErrorCode.EVENT_COMPLETED,
        ErrorCode.RATE_LIMITED
    })
    @PostMapping(path = EVENT + "/invitation-links", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    ApiEnvelope<InvitationLink> createLink(@AuthenticationPrincipal Caller caller, @PathVariable String id) {
        var service =
                ServletUriComponentsBuilder.fromCurrentContextPath().build().toUri();
        return ApiEnvelope.ok("Invitation link created", invitations.createLink(caller, id, service));
    }

    @Operation(
            operationId = "revokeInvitationLink",
            summary = "Revoke an invitation link (host); requests it admitted stand")
    @ApiErrors({ErrorCode.EVENT_NOT_FOUND, ErrorCode.NOT_EVENT_HOST, ErrorCode.INVITATION_NOT_FOUND})
    @DeleteMapping(path = EVENT + "/invitation-links/{token}", produces = MediaType.APPLICATION_JSON_VALUE)
    ApiEnvelope<Void> revokeLink(
            @AuthenticationPrincipal Caller caller, @PathVariable String id, @PathVariable String token) {
        invitations.revokeLink(caller, id, token);
        return ApiEnvelope.ok("Invitation link revoked", null);
    }

    @Operation(
            operationId = "listMyInvitations",
            summary = "The caller's pending invitations to events that have not started, newest first")
    @GetMapping(path = "/api/me/invitations", produces = MediaType.APPLICATION_JSON_VALUE)
    ApiEnvelope<List<InvitationView>> mine(@AuthenticationPrincipal Caller caller) {
        return ApiEnvelope.ok("Invitations retrieved", invitations.mine(caller));
    }

    @Operation(
            operationId = "acceptInvitation",
            summary = "Accept an invitation: a request admitted at once while seats remain, else waitlisted")
    @ApiErrors({
        ErrorCode.VALIDATION_ERROR,
        ErrorCode.INVITATION_NOT_FOUND,
        ErrorCode.INVITATION_NOT_OPEN,
        ErrorCode.EVENT_NOT_FOUND,
        ErrorCode.PROFILE_INCOMPLETE,
        ErrorCode.NOT_IN_AUDIENCE,
        ErrorCode.EVENT_STARTED,
        ErrorCode.EVENT_CANCELLED,
        ErrorCode.EVENT_COMPLETED,
        ErrorCode.ALREADY_REQUESTED,
        ErrorCode.RATE_LIMITED
    })
    @PostMapping(path = INVITATION + "/accept", produces = MediaType.APPLICATION_JSON_VALUE)
    ApiEnvelope<RequestRelation> accept(
            @AuthenticationPrincipal Caller caller,
            @PathVariable String invitationId,
            @RequestBody(required = false) AcceptInvitation body) {
        RequestRelation request = invitations.accept(caller, invitationId, body == null ? null : body.seats());
        return ApiEnvelope.ok("accepted".equals(request.status()) ? "You're in" : "You're on the waitlist", request);
    }

    @Operation(operationId = "declineInvitation", summary = "Decline an invitation")
    @ApiErrors({ErrorCode.INVITATION_NOT_FOUND, ErrorCode.INVITATION_NOT_OPEN})
    @PostMapping(path = INVITATION + "/decline", produces = MediaType.APPLICATION_JSON_VALUE)
    ApiEnvelope<InvitationView> decline(@AuthenticationPrincipal Caller caller, @PathVariable String invitationId) {
        return ApiEnvelope.ok("Invitation declined", invitations.decline(caller, invitationId));
    }

    @Operation(
            operationId = "listPastGuests",
            summary = "People who went to the caller's events, the most faithful first (whom to invite; at most 200)")
    @GetMapping(path = "/api/me/past-guests", produces = MediaType.APPLICATION_JSON_VALUE)
    ApiEnvelope<List<PastGuest>> pastGuests(@AuthenticationPrincipal Caller caller) {
        return ApiEnvelope.ok("Past guests retrieved", invitations.pastGuests(caller));
    }
}
