package com.loopin.users;

import com.loopin.shared.ApiEnvelope;
import com.loopin.shared.ApiErrors;
import com.loopin.shared.BusinessTime;
import com.loopin.shared.Caller;
import com.loopin.shared.ErrorCode;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The users API, for staff tools (and a user for themselves). */
@RestController
@RequestMapping(path = "/api/users", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Staff")
@SecurityRequirement(name = "bearer")
class UserApiController {

    static final int MAX_PER_PAGE = 100;

    private final UserDirectory directory;
    private final UserManagement users;
    private final BusinessTime time;

    UserApiController(UserDirectory directory, UserManagement users, BusinessTime time) {
        this.directory = directory;
        this.users = users;
        this.time = time;
    }

    record UserItem(
            @Schema(example = "42") long id,
            @Schema(example = "+916205829376") String phoneNumber,

            @Schema(nullable = true, example = "Gaurav Kumar")
            String name,

            boolean isActive,
            boolean isVerified,
            boolean profileComplete,

            @Schema(
                    nullable = true,
                    allowableValues = {"male", "female", "other"},
                    example = "male")
            String gender,

            @Schema(nullable = true, example = "Bengaluru") String location,

            @Schema(nullable = true, example = "Loves live music")
            String bio,

            @Schema(nullable = true, example = "1995-01-01") LocalDate birthDate,
            Set<Long> eventInterests,
            List<String> profilePictures,
            OffsetDateTime createdAt) {}

    record UserPage(List<UserItem> users, long total, int page, int perPage, int totalPages) {}

    @Operation(operationId = "listUsers", summary = "List users (staff only); page is 1-based")
    @ApiErrors({ErrorCode.ACCESS_DENIED})
    @GetMapping
    UserPage list(
            @RequestParam(defaultValue = "1") int page,
            @RequestParam(name = "per_page", defaultValue = "20") int perPage,
            @RequestParam(required = false) String search,
            @AuthenticationPrincipal Caller caller) {
        caller.requireStaff();
        int size = Math.max(1, Math.min(perPage, MAX_PER_PAGE));
        var result = directory.search(
                new UserFilter(search, null, null, null, null, null, null),
                PageRequest.of(Math.max(0, page - 1), size, Sort.by(Sort.Direction.DESC, "createdAt")));
        return new UserPage(
                result.map(this::item).getContent(),
                result.getTotalElements(),
                Math.max(1, page),
                size,
                result.getTotalPages());
    }

    @Operation(operationId = "getUser", summary = "One user (staff, or the user themselves)")
    @ApiErrors({ErrorCode.ACCESS_DENIED, ErrorCode.USER_NOT_FOUND})
    @GetMapping("/{id}")
    UserItem get(@PathVariable long id, @AuthenticationPrincipal Caller caller) {
        caller.requireSelfOrStaff(id);
        return item(directory.find(id).orElseThrow(UserNotFoundException::new));
    }

    @Operation(
            operationId = "updateUser",
            summary = "Change a user's profile, with the app's rules (staff, or the user themselves)")
    @ApiErrors({ErrorCode.ACCESS_DENIED, ErrorCode.USER_NOT_FOUND, ErrorCode.VALIDATION_ERROR})
    @PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    UserItem update(@PathVariable long id, @RequestBody ProfileChange change, @AuthenticationPrincipal Caller caller) {
        caller.requireSelfOrStaff(id);
        return item(directory.updateProfile(caller.actor(), id, change));
    }

    @Operation(
            operationId = "deactivateUser",
            summary = "Deactivate a user: their sessions end (staff, or the user themselves)")
    @ApiErrors({ErrorCode.ACCESS_DENIED, ErrorCode.USER_NOT_FOUND})
    @DeleteMapping("/{id}")
    ApiEnvelope<Void> deactivate(@PathVariable long id, @AuthenticationPrincipal Caller caller) {
        caller.requireSelfOrStaff(id);
        users.deactivate(caller.actor(), id);
        return ApiEnvelope.ok("User deactivated", null);
    }

    @Operation(operationId = "activateUser", summary = "Activate a user again (staff only)")
    @ApiErrors({ErrorCode.ACCESS_DENIED, ErrorCode.USER_NOT_FOUND})
    @PostMapping("/{id}/activate")
    ApiEnvelope<Void> activate(@PathVariable long id, @AuthenticationPrincipal Caller caller) {
        caller.requireStaff();
        users.activate(caller.actor(), id);
        return ApiEnvelope.ok("User activated", null);
    }

    private UserItem item(UserSummary user) {
        return new UserItem(
                user.userId(),
                user.phoneNumber(),
                user.name(),
                user.active(),
                user.verified(),
                user.profileComplete(),
                user.gender(),
                user.location(),
                user.bio(),
                user.birthDate(),
                user.interestIds(),
                user.pictures(),
                time.display(user.createdAt()));
    }
}
