package com.loopin.auth;

import static com.loopin.shared.ErrorCode.ACCOUNT_DISABLED;
import static com.loopin.shared.ErrorCode.INVALID_PHONE_NUMBER;
import static com.loopin.shared.ErrorCode.INVALID_REFRESH_TOKEN;
import static com.loopin.shared.ErrorCode.OTP_ATTEMPTS_EXCEEDED;
import static com.loopin.shared.ErrorCode.OTP_COOLDOWN;
import static com.loopin.shared.ErrorCode.OTP_EXPIRED;
import static com.loopin.shared.ErrorCode.OTP_INVALID;
import static com.loopin.shared.ErrorCode.OTP_NOT_FOUND;
import static com.loopin.shared.ErrorCode.PHONE_TYPE_NOT_SUPPORTED;
import static com.loopin.shared.ErrorCode.RATE_LIMITED;
import static com.loopin.shared.ErrorCode.REFRESH_TOKEN_REUSED;
import static com.loopin.shared.ErrorCode.SMS_COUNTRY_NOT_ALLOWED;
import static com.loopin.shared.ErrorCode.SMS_DELIVERY_FAILED;
import static com.loopin.shared.ErrorCode.SMS_SEGMENT_THROTTLED;
import static com.loopin.shared.ErrorCode.USER_ALREADY_EXISTS;
import static com.loopin.shared.ErrorCode.USER_NOT_FOUND;
import static com.loopin.shared.ErrorCode.VALIDATION_ERROR;
import static com.loopin.shared.ErrorCode.VERIFICATION_LOCKED;

import com.loopin.auth.AuthMessages.CodeSentData;
import com.loopin.auth.AuthMessages.LoginData;
import com.loopin.auth.AuthMessages.LogoutRequest;
import com.loopin.auth.AuthMessages.PhoneRequest;
import com.loopin.auth.AuthMessages.RefreshData;
import com.loopin.auth.AuthMessages.RefreshRequest;
import com.loopin.auth.AuthMessages.SignupData;
import com.loopin.auth.AuthMessages.TokenEnvelope;
import com.loopin.auth.AuthMessages.VerifyCodeRequest;
import com.loopin.shared.ApiEnvelope;
import com.loopin.shared.ApiErrors;
import com.loopin.shared.Caller;
import com.loopin.shared.ClientAddress;
import com.loopin.users.UserAccount;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = "/api/auth", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Authentication", description = "Sign-up and login by SMS code, sessions")
class OtpController {

    private final PhoneAuthService auth;
    private final SessionService sessions;
    private final ClientAddress clientAddress;

    OtpController(PhoneAuthService auth, SessionService sessions, ClientAddress clientAddress) {
        this.auth = auth;
        this.sessions = sessions;
        this.clientAddress = clientAddress;
    }

    @Operation(
            operationId = "signup",
            summary = "Send a sign-up code",
            description = "409 USER_ALREADY_EXISTS when the number's user has a complete profile; a user whose "
                    + "profile is incomplete may sign up again. 429s carry a Retry-After header; 429 "
                    + "SMS_SEGMENT_THROTTLED means codes to new numbers of this range are paused for a while.")
    @ApiErrors({
        INVALID_PHONE_NUMBER,
        SMS_COUNTRY_NOT_ALLOWED,
        PHONE_TYPE_NOT_SUPPORTED,
        USER_ALREADY_EXISTS,
        ACCOUNT_DISABLED,
        OTP_COOLDOWN,
        RATE_LIMITED,
        VERIFICATION_LOCKED,
        SMS_SEGMENT_THROTTLED,
        SMS_DELIVERY_FAILED
    })
    @PostMapping(path = "/signup", consumes = MediaType.APPLICATION_JSON_VALUE)
    ApiEnvelope<CodeSentData> signup(@RequestBody PhoneRequest request, HttpServletRequest http) {
        SentCode sent = auth.requestSignupCode(request.phoneNumber(), clientAddress.of(http));
        return ApiEnvelope.ok("OTP sent successfully to " + sent.phone().e164(), CodeSentData.of(sent));
    }

    @Operation(
            operationId = "verifyOtp",
            summary = "Verify a sign-up code and receive tokens",
            description = "Creates the user (with an empty, verified profile) on the first success.")
    @ApiErrors({
        INVALID_PHONE_NUMBER,
        VALIDATION_ERROR,
        OTP_NOT_FOUND,
        OTP_INVALID,
        OTP_EXPIRED,
        OTP_ATTEMPTS_EXCEEDED,
        ACCOUNT_DISABLED,
        RATE_LIMITED,
        VERIFICATION_LOCKED
    })
    @PostMapping(path = "/verify-otp", consumes = MediaType.APPLICATION_JSON_VALUE)
    TokenEnvelope<SignupData> verifySignup(@RequestBody VerifyCodeRequest request, HttpServletRequest http) {
        var signedIn = auth.verifySignup(request.phoneNumber(), request.otpCode(), clientAddress.of(http));
        UserAccount user = signedIn.user();
        var data = new SignupData(user.id(), user.phoneNumber().e164(), user.needsProfileCompletion());
        return TokenEnvelope.of("OTP verified successfully", data, signedIn);
    }

    @Operation(
            operationId = "login",
            summary = "Send a login code to an existing user",
            description = "404 USER_NOT_FOUND for a number that has not signed up. 429s carry a Retry-After header.")
    @ApiErrors({
        INVALID_PHONE_NUMBER,
        SMS_COUNTRY_NOT_ALLOWED,
        PHONE_TYPE_NOT_SUPPORTED,
        USER_NOT_FOUND,
        ACCOUNT_DISABLED,
        OTP_COOLDOWN,
        RATE_LIMITED,
        VERIFICATION_LOCKED,
        SMS_DELIVERY_FAILED
    })
    @PostMapping(path = "/login", consumes = MediaType.APPLICATION_JSON_VALUE)
    ApiEnvelope<CodeSentData> login(@RequestBody PhoneRequest request, HttpServletRequest http) {
        SentCode sent = auth.requestLoginCode(request.phoneNumber(), clientAddress.of(http));
        return ApiEnvelope.ok("OTP sent successfully to " + sent.phone().e164(), CodeSentData.of(sent));
    }

    @Operation(operationId = "verifyLogin", summary = "Verify a login code and receive tokens")
    @ApiErrors({
        INVALID_PHONE_NUMBER,
        VALIDATION_ERROR,
        OTP_NOT_FOUND,
        OTP_INVALID,
        OTP_EXPIRED,
        OTP_ATTEMPTS_EXCEEDED,
        USER_NOT_FOUND,
        ACCOUNT_DISABLED,
        RATE_LIMITED,
        VERIFICATION_LOCKED
    })
    @PostMapping(path = "/verify-login", consumes = MediaType.APPLICATION_JSON_VALUE)
    TokenEnvelope<LoginData> verifyLogin(@RequestBody VerifyCodeRequest request, HttpServletRequest http) {
        var signedIn = auth.verifyLogin(request.phoneNumber(), request.otpCode(), clientAddress.of(http));
        UserAccount user = signedIn.user();
        var data = new LoginData(
                user.id(), user.phoneNumber().e164(), user.name(), user.verified(), user.needsProfileCompletion());
        return TokenEnvelope.of("Login successful", data, signedIn);
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
        if (caller != null) {
            long userId = caller.requireUser();
            if (global) {
                sessions.revokeAllOf(userId);
            } else {
                sessions.revoke(caller.sessionId());
            }
        } else {
            var session = sessions.sessionOf(request == null ? null : request.refreshToken());
            if (global) {
                sessions.revokeAllOf(session.getUserId());
            } else {
                sessions.revoke(session.getId());
            }
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
