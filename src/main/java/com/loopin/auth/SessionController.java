package com.loopin.auth;

import static com.loopin.shared.ErrorCode.INVALID_REFRESH_TOKEN;
import static com.loopin.shared.ErrorCode.REFRESH_TOKEN_REUSED;

import com.loopin.auth.AuthMessages.LogoutRequest;
import com.loopin.auth.AuthMessages.RefreshData;
import com.loopin.auth.AuthMessages.RefreshRequest;
import com.loopin.auth.AuthMessages.TokenEnvelope;
import com.loopin.sessions.Sessions;
import com.loopin.shared.ApiEnvelope;
import com.loopin.shared.ApiErrors;
import com.loopin.shared.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** What a signed-in app does with its session: refresh it, end it, or delete the account. */
@RestController
@RequestMapping(path = "/api/auth", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Authentication", description = "Sign-up and login by SMS code, sessions")
class SessionController {

    private final PhoneAuthService auth;
    private final Sessions sessions;

    SessionController(PhoneAuthService auth, Sessions sessions) {
        this.auth = auth;
        this.sessions = sessions;
    }

    @Operation(
            operationId = "refreshToken",
            summary = "Trade a refresh token for a new access token and a new refresh token",
            description = "The presented refresh token is retired. Presenting a retired token again (after the "
                    + "short grace window) ends the whole session: 401 REFRESH_TOKEN_REUSED.")
    @ApiErrors({INVALID_REFRESH_TOKEN, REFRESH_TOKEN_REUSED})
    @PostMapping(path = "/refresh", consumes = MediaType.APPLICATION_JSON_VALUE)
    TokenEnvelope<RefreshData> refresh(@RequestBody RefreshRequest request) {
        var signedIn = auth.refresh(request.refreshToken());
        var data = new RefreshData(
                signedIn.user().id(), signedIn.user().phoneNumber().e164());
        return TokenEnvelope.of("Token refreshed successfully", data, signedIn);
    }

    @Operation(
            operationId = "logout",
            summary = "End a session, or all of the user's sessions",
            description = "Ends the access token's session, or the session of the `refresh_token` in the body "
                    + "(send no Authorization header then). With `scope=global` every session of the user ends. "
                    + "Tokens of an ended session get 401 at once.")
    @SecurityRequirement(name = "bearer")
    @ApiErrors({INVALID_REFRESH_TOKEN})
    @PostMapping("/logout")
    ApiEnvelope<Void> logout(
            @AuthenticationPrincipal Caller caller,
            @RequestBody(required = false) LogoutRequest request,
            @Parameter(description = "`global` ends every session of the user") @RequestParam(required = false)
                    String scope) {
        boolean global = "global".equalsIgnoreCase(scope);
        if (caller == null) {
            sessions.endWithRefreshToken(request == null ? null : request.refreshToken(), global);
        } else if (global) {
            sessions.revokeAllOf(caller.requireUser());
        } else {
            caller.requireUser();
            sessions.revoke(caller.sessionId());
        }
        return ApiEnvelope.ok(global ? "Logged out of all sessions" : "Logged out successfully", null);
    }

    @Operation(
            operationId = "deleteAccount",
            summary = "Delete the caller's account",
            description = "Removes the profile, pictures, interests and every session; old tokens stop working. "
                    + "The number may sign up again later as a new user.")
    @SecurityRequirement(name = "bearer")
    @DeleteMapping("/account")
    ApiEnvelope<Void> deleteAccount(@AuthenticationPrincipal Caller caller) {
        auth.deleteAccount(caller.requireUser());
        return ApiEnvelope.ok("Account deleted", null);
    }
}
