package com.loopin.interests;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Profile")
class EventInterestController {

    private final EventInterests interests;

    EventInterestController(EventInterests interests) {
        this.interests = interests;
    }

    record InterestItem(
            @Schema(example = "1") Long id,
            @Schema(example = "Music & Concerts") String name,

            @Schema(nullable = true, example = "Live music, concerts, gigs and festivals")
            String description) {}

    record InterestsResponse(boolean success, String message, List<InterestItem> data) {}

    @Operation(
            operationId = "listEventInterests",
            summary = "The event interests a user may choose, ordered by name (public)")
    @GetMapping(path = "/api/auth/event-interests", produces = "application/json")
    InterestsResponse activeInterests() {
        List<InterestItem> items = interests.active().stream()
                .map(i -> new InterestItem(i.id(), i.name(), i.description()))
                .toList();
        return new InterestsResponse(true, "Event interests retrieved successfully", items);
    }
}
