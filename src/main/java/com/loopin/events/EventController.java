package com.loopin.events;

import com.loopin.shared.ApiEnvelope;
import com.loopin.shared.ApiErrors;
import com.loopin.shared.Caller;
import com.loopin.shared.ErrorCode;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.extensions.Extension;
import io.swagger.v3.oas.annotations.extensions.ExtensionProperty;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import tools.jackson.databind.JsonNode;

@RestController
@Tag(name = "Events")
class EventController {

    /** An event id in a path: 8 base62 characters, so that no other path under /api/events is shadowed. */
    static final String ID = "{id:[0-9A-Za-z]{8}}";

    private final Hosting hosting;
    private final Discovery discovery;

    EventController(Hosting hosting, Discovery discovery) {
        this.hosting = hosting;
        this.discovery = discovery;
    }

    @Operation(
            operationId = "createEvent",
            summary = "Create an event (a draft, or published at once with \"publish\": true)",
            description = "Needs a complete profile. Every broken rule is listed in `errors` (400). Creating is "
                    + "limited per person (429).")
    @SecurityRequirement(name = "bearer")
    @ApiErrors({
        ErrorCode.VALIDATION_ERROR,
        ErrorCode.PROFILE_INCOMPLETE,
        ErrorCode.PAID_EVENTS_UNAVAILABLE,
        ErrorCode.RATE_LIMITED
    })
    @PostMapping(
            path = "/api/events",
            consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    ApiEnvelope<EventView> create(@AuthenticationPrincipal Caller caller, @RequestBody EventFields fields) {
        String id = hosting.create(caller.requireUser(), fields);
        boolean published = Boolean.TRUE.equals(fields.publish());
        return ApiEnvelope.ok(published ? "Event published" : "Draft saved", discovery.find(id, caller, service()));
    }

    @Operation(
            operationId = "editEvent",
            summary = "Edit an event (host)",
            description = "Send only the fields to change (`venue` fields one by one; naming `online` starts the "
                    + "venue afresh). New `starts_at`/`ends_at` on a published event is a reschedule; the guests "
                    + "are told. Once the event has started nothing changes (409 EVENT_STARTED).")
    @SecurityRequirement(name = "bearer")
    @ApiErrors({
        ErrorCode.VALIDATION_ERROR,
        ErrorCode.EVENT_NOT_FOUND,
        ErrorCode.NOT_EVENT_HOST,
        ErrorCode.EVENT_STARTED,
        ErrorCode.EVENT_CANCELLED,
        ErrorCode.EVENT_COMPLETED,
        ErrorCode.CAPACITY_BELOW_SEATS_TAKEN,
        ErrorCode.EVENT_CHANGED,
        ErrorCode.PAID_EVENTS_UNAVAILABLE
    })
    @PatchMapping(
            path = "/api/events/" + ID,
            consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ApiEnvelope<EventView> edit(
            @AuthenticationPrincipal Caller caller,
            @PathVariable String id,
            @RequestBody @Schema(implementation = EventFields.class) JsonNode patch) {
        hosting.edit(caller, id, patch);
        return ApiEnvelope.ok("Event updated", discovery.find(id, caller, service()));
    }

    @Operation(operationId = "publishEvent", summary = "Publish a draft (host); its start must be in the future")
    @SecurityRequirement(name = "bearer")
    @ApiErrors({
        ErrorCode.VALIDATION_ERROR,
        ErrorCode.EVENT_NOT_FOUND,
        ErrorCode.NOT_EVENT_HOST,
        ErrorCode.EVENT_NOT_DRAFT,
        ErrorCode.EVENT_STARTED,
        ErrorCode.EVENT_CANCELLED,
        ErrorCode.EVENT_COMPLETED,
        ErrorCode.EVENT_CHANGED
    })
    @PostMapping(path = "/api/events/" + ID + "/publish", produces = MediaType.APPLICATION_JSON_VALUE)
    ApiEnvelope<EventView> publish(@AuthenticationPrincipal Caller caller, @PathVariable String id) {
        hosting.publish(caller, id);
        return ApiEnvelope.ok("Event published", discovery.find(id, caller, service()));
    }

    /** The body of a cancellation. */
    record CancelRequest(
            @Schema(description = "Shown to the guests; 3-500 characters")
            String reason) {}

    @Operation(
            operationId = "cancelEvent",
            summary = "Cancel an event (host, before it starts; staff, before it ends)",
            description = "The reason is shown to the guests, who are told.")
    @SecurityRequirement(name = "bearer")
    @ApiErrors({
        ErrorCode.VALIDATION_ERROR,
        ErrorCode.EVENT_NOT_FOUND,
        ErrorCode.NOT_EVENT_HOST,
        ErrorCode.EVENT_STARTED,
        ErrorCode.EVENT_CANCELLED,
        ErrorCode.EVENT_COMPLETED,
        ErrorCode.EVENT_CHANGED
    })
    @PostMapping(
            path = "/api/events/" + ID + "/cancel",
            consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ApiEnvelope<EventView> cancel(
            @AuthenticationPrincipal Caller caller, @PathVariable String id, @RequestBody CancelRequest request) {
        hosting.cancel(caller, id, request.reason());
        return ApiEnvelope.ok("Event cancelled", discovery.find(id, caller, service()));
    }

    @Operation(operationId = "deleteEvent", summary = "Delete a draft (host); a published event is cancelled instead")
    @SecurityRequirement(name = "bearer")
    @ApiErrors({ErrorCode.EVENT_NOT_FOUND, ErrorCode.NOT_EVENT_HOST, ErrorCode.EVENT_NOT_DRAFT, ErrorCode.EVENT_CHANGED
    })
    @DeleteMapping(path = "/api/events/" + ID, produces = MediaType.APPLICATION_JSON_VALUE)
    ApiEnvelope<Void> delete(@AuthenticationPrincipal Caller caller, @PathVariable String id) {
        hosting.deleteDraft(caller, id);
        return ApiEnvelope.ok("Draft deleted", null);
    }

    @Operation(
            operationId = "listEvents",
            summary = "Discover events: published, public, not yet ended",
            description = "Filters combine; the next page is asked with `cursor=<next_cursor>` (same filters). A "
                    + "token is optional (`for_you` needs one); with one, each event carries the caller's relation.",
            extensions = @Extension(properties = @ExtensionProperty(name = "x-token", value = "optional")))
    @SecurityRequirement(name = "bearer")
    @ApiErrors({ErrorCode.VALIDATION_ERROR, ErrorCode.INVALID_CURSOR})
    @GetMapping(path = "/api/events", produces = MediaType.APPLICATION_JSON_VALUE)
    ApiEnvelope.Paged<EventView> list(
            @AuthenticationPrincipal Caller caller,
            @Parameter(description = "Interest ids, comma-separated: events with any of them", example = "3,7")
                    @RequestParam(required = false)
                    String interests,
            @Parameter(example = "Bengaluru") @RequestParam(required = false) String city,
            @Parameter(description = "latitude,longitude", example = "12.97,77.59") @RequestParam(required = false)
                    String near,
            @Parameter(description = "With near: up to 100 (default 10)")
                    @RequestParam(name = "radius_km", required = false)
                    Double radiusKm,
            @Parameter(description = "First day, in the business zone", example = "2027-01-01")
                    @RequestParam(required = false)
                    String from,
            @Parameter(description = "Last day (inclusive), in the business zone", example = "2027-01-31")
                    @RequestParam(required = false)
                    String to,
            @Parameter(description = "Words of the title and description") @RequestParam(required = false) String q,
            @Parameter(schema = @Schema(allowableValues = {"everyone", "women", "men"})) @RequestParam(required = false)
                    String audience,
            @Parameter(schema = @Schema(allowableValues = {"starts_at", "distance", "for_you"}))
                    @RequestParam(required = false)
                    String order,
            @Parameter(description = "1-50 (default 20)") @RequestParam(required = false) Integer limit,
            @RequestParam(required = false) String cursor) {
        var page = discovery.list(
                new Discovery.Params(interests, city, near, radiusKm, from, to, q, audience, order, limit, cursor),
                caller,
                service());
        return ApiEnvelope.Paged.of("Events retrieved", page.events(), page.nextCursor());
    }

    @Operation(
            operationId = "getEvent",
            summary = "One event, with the caller's relation and the counts",
            description = "A draft or private event the caller may not see is 404. A token is optional. A private "
                    + "event opens to the people its host invited, and to anyone with a live invitation link's "
                    + "`invite` token.",
            extensions = @Extension(properties = @ExtensionProperty(name = "x-token", value = "optional")))
    @SecurityRequirement(name = "bearer")
    @ApiErrors({ErrorCode.EVENT_NOT_FOUND})
    @GetMapping(path = "/api/events/" + ID, produces = MediaType.APPLICATION_JSON_VALUE)
    ApiEnvelope<EventView> get(
            @AuthenticationPrincipal Caller caller,
            @PathVariable String id,
            @Parameter(description = "An invitation link's token: opens a private event")
                    @RequestParam(name = "invite", required = false)
                    String invite) {
        return ApiEnvelope.ok("Event retrieved", discovery.find(id, caller, invite, service()));
    }

    @Operation(
            operationId = "listMyEvents",
            summary = "The caller's own events (drafts included)",
            description = "`role=hosting` (the default; drafts included), `going` (the caller has a ticket), "
                    + "`requested` (pending or waitlisted) or `invited` (a pending invitation). `when=upcoming` (not ended, soonest first; the default) "
                    + "or `past` (latest first).")
    @SecurityRequirement(name = "bearer")
    @ApiErrors({ErrorCode.VALIDATION_ERROR, ErrorCode.INVALID_CURSOR})
    @GetMapping(path = "/api/me/events", produces = MediaType.APPLICATION_JSON_VALUE)
    ApiEnvelope.Paged<EventView> mine(
            @AuthenticationPrincipal Caller caller,
            @Parameter(schema = @Schema(allowableValues = {"hosting", "going", "requested", "invited"}))
                    @RequestParam(required = false)
                    String role,
            @Parameter(schema = @Schema(allowableValues = {"upcoming", "past"})) @RequestParam(required = false)
                    String when,
            @RequestParam(required = false) Integer limit,
            @RequestParam(required = false) String cursor) {
        var page = discovery.mine(caller, role, when, limit, cursor, service());
        return ApiEnvelope.Paged.of("Events retrieved", page.events(), page.nextCursor());
    }

    private static URI service() {
        return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUri();
    }
}
