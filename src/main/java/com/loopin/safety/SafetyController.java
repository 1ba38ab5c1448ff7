package com.loopin.safety;

import com.loopin.shared.ApiEnvelope;
import com.loopin.shared.ApiErrors;
import com.loopin.shared.Caller;
import com.loopin.shared.ErrorCode;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Safety")
@SecurityRequirement(name = "bearer")
class SafetyController {

    private final Reports reports;
    private final Blocks blocks;

    SafetyController(Reports reports, Blocks blocks) {
        this.reports = reports;
        this.blocks = blocks;
    }

    record ReportBody(
            @Schema(nullable = true, description = "The event reported (one the caller can see)")
            String eventId,

            @Schema(nullable = true, description = "The person reported; with `event_id`: a person at that event")
            Long userId,

            @Schema(
                    allowableValues = {
                        "spam",
                        "scam",
                        "harassment",
                        "inappropriate",
                        "fake_profile",
                        "unsafe_event",
                        "underage",
                        "other"
                    })
            String reason,

            @Schema(nullable = true, description = "What happened, at most 500 characters")
            String text) {}

    record BlockBody(Long userId) {}

    @Operation(
            operationId = "report",
            summary = "Report an event or a person to Loopin's staff",
            description = "The report goes into a queue staff work through; the person or host reported is not told.")
    @ApiErrors({ErrorCode.VALIDATION_ERROR, ErrorCode.EVENT_NOT_FOUND, ErrorCode.USER_NOT_FOUND, ErrorCode.RATE_LIMITED
    })
    @PostMapping(
            path = "/api/reports",
            consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    ApiEnvelope<Reports.Filed> report(@AuthenticationPrincipal Caller caller, @RequestBody ReportBody body) {
        return ApiEnvelope.ok(
                "Thank you: our team will look into it",
                reports.report(caller, body.eventId(), body.userId(), body.reason(), body.text()));
    }

    @Operation(
            operationId = "blockPerson",
            summary = "Block a person",
            description = "Neither then sees the other's events, requests or invitations; live requests and pending "
                    + "invitations between them end. The person is not told. 201 when new, 200 when blocked before.")
    @ApiErrors({ErrorCode.VALIDATION_ERROR, ErrorCode.USER_NOT_FOUND})
    @PostMapping(
            path = "/api/me/blocks",
            consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<ApiEnvelope<Void>> block(@AuthenticationPrincipal Caller caller, @RequestBody BlockBody body) {
        boolean created = blocks.block(caller, body.userId());
        return ResponseEntity.status(created ? HttpStatus.CREATED : HttpStatus.OK)
                .body(ApiEnvelope.ok("Blocked", null));
    }

    @Operation(operationId = "unblockPerson", summary = "Lift a block; what it ended stays ended")
    @DeleteMapping(path = "/api/me/blocks/{userId:[0-9]{1,18}}", produces = MediaType.APPLICATION_JSON_VALUE)
    ApiEnvelope<Void> unblock(@AuthenticationPrincipal Caller caller, @PathVariable long userId) {
        blocks.unblock(caller, userId);
        return ApiEnvelope.ok("Unblocked", null);
    }

    @Operation(operationId = "listBlocks", summary = "The people the caller blocked, latest first")
    @GetMapping(path = "/api/me/blocks", produces = MediaType.APPLICATION_JSON_VALUE)
    ApiEnvelope<List<Blocks.Blocked>> list(@AuthenticationPrincipal Caller caller) {
        return ApiEnvelope.ok("Blocks retrieved", blocks.blockedBy(caller));
    }
}
