package com.loopin.users;

import com.loopin.shared.ApiEnvelope;
import com.loopin.shared.ApiErrors;
import com.loopin.shared.Caller;
import com.loopin.shared.ErrorCode;
import com.loopin.users.ProfileResponses.CompletedProfile;
import com.loopin.users.ProfileResponses.ProfileDetails;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Profile")
@SecurityRequirement(name = "bearer")
class ProfileController {

    private final ProfileService profiles;

    ProfileController(ProfileService profiles) {
        this.profiles = profiles;
    }

    @Operation(
            operationId = "completeProfile",
            summary = "Complete (or update) the caller's profile",
            description = "Checks every rule at once; a 400 VALIDATION_ERROR lists each failing field in `errors`.")
    @ApiErrors({ErrorCode.VALIDATION_ERROR, ErrorCode.USER_NOT_FOUND, ErrorCode.ACCOUNT_DISABLED})
    @PostMapping(
            path = "/api/auth/complete-profile",
            consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ApiEnvelope<CompletedProfile> complete(
            @AuthenticationPrincipal Caller caller, @RequestBody CompleteProfileRequest request) {
        return ApiEnvelope.ok("Profile completed successfully", profiles.complete(caller.requireUser(), request));
    }

    @Operation(operationId = "getProfile", summary = "The caller's profile")
    @ApiErrors({ErrorCode.USER_NOT_FOUND, ErrorCode.ACCOUNT_DISABLED})
    @GetMapping(path = "/api/auth/profile", produces = MediaType.APPLICATION_JSON_VALUE)
    ApiEnvelope<ProfileDetails> profile(@AuthenticationPrincipal Caller caller) {
        return ApiEnvelope.ok("Profile retrieved successfully", profiles.details(caller.requireUser()));
    }
}
