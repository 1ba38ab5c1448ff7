package com.loopin.auth;

import static com.loopin.shared.ErrorCode.ACCOUNT_DISABLED;
import static com.loopin.shared.ErrorCode.INVALID_PHONE_NUMBER;
import static com.loopin.shared.ErrorCode.OTP_ATTEMPTS_EXCEEDED;
import static com.loopin.shared.ErrorCode.OTP_EXPIRED;
import static com.loopin.shared.ErrorCode.OTP_INVALID;
import static com.loopin.shared.ErrorCode.OTP_NOT_FOUND;
import static com.loopin.shared.ErrorCode.SMS_DELIVERY_FAILED;
import static com.loopin.shared.ErrorCode.USER_ALREADY_EXISTS;
import static com.loopin.shared.ErrorCode.USER_NOT_FOUND;
import static com.loopin.shared.ErrorCode.VALIDATION_ERROR;

import com.loopin.auth.AuthMessages.CodeSentData;
import com.loopin.auth.AuthMessages.LoginData;
import com.loopin.auth.AuthMessages.PhoneRequest;
import com.loopin.auth.AuthMessages.SignupData;
import com.loopin.auth.AuthMessages.TokenEnvelope;
import com.loopin.auth.AuthMessages.VerifyCodeRequest;
import com.loopin.shared.ApiEnvelope;
import com.loopin.shared.ApiErrors;
import com.loopin.users.UserAccount;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = "/api/auth", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Authentication", description = "Sign-up and login by SMS code")
class OtpController {

    private final PhoneAuthService auth;

    OtpController(PhoneAuthService auth) {
        this.auth = auth;
    }

    @Operation(
            summary = "Send a sign-up code",
            description = "409 USER_ALREADY_EXISTS when the number's user has a complete profile; a user whose "
                    + "profile is incomplete may sign up again.")
    @ApiErrors({INVALID_PHONE_NUMBER, USER_ALREADY_EXISTS, ACCOUNT_DISABLED, SMS_DELIVERY_FAILED})
    @PostMapping(path = "/signup", consumes = MediaType.APPLICATION_JSON_VALUE)
    ApiEnvelope<CodeSentData> signup(@RequestBody PhoneRequest request) {
        CodeSent sent = auth.requestSignupCode(request.phoneNumber());
        return ApiEnvelope.ok("OTP sent successfully to " + sent.phone().e164(), CodeSentData.of(sent));
    }

    @Operation(
            summary = "Verify a sign-up code and receive tokens",
            description = "Creates the user (with an empty, verified profile) on the first success.")
    @ApiErrors({
        INVALID_PHONE_NUMBER,
        VALIDATION_ERROR,
        OTP_NOT_FOUND,
        OTP_INVALID,
        OTP_EXPIRED,
        OTP_ATTEMPTS_EXCEEDED,
        ACCOUNT_DISABLED
    })
    @PostMapping(path = "/verify-otp", consumes = MediaType.APPLICATION_JSON_VALUE)
    TokenEnvelope<SignupData> verifySignup(@RequestBody VerifyCodeRequest request) {
        var signedIn = auth.verifySignup(request.phoneNumber(), request.otpCode());
        UserAccount user = signedIn.user();
        var data = new SignupData(user.id(), user.phoneNumber().e164(), user.needsProfileCompletion());
        return TokenEnvelope.of("OTP verified successfully", data, signedIn.accessToken());
    }

    @Operation(
            summary = "Send a login code to an existing user",
            description = "404 USER_NOT_FOUND for a number that has not signed up.")
    @ApiErrors({INVALID_PHONE_NUMBER, USER_NOT_FOUND, ACCOUNT_DISABLED, SMS_DELIVERY_FAILED})
    @PostMapping(path = "/login", consumes = MediaType.APPLICATION_JSON_VALUE)
    ApiEnvelope<CodeSentData> login(@RequestBody PhoneRequest request) {
        CodeSent sent = auth.requestLoginCode(request.phoneNumber());
        return ApiEnvelope.ok("OTP sent successfully to " + sent.phone().e164(), CodeSentData.of(sent));
    }

    @Operation(summary = "Verify a login code and receive tokens")
    @ApiErrors({
        INVALID_PHONE_NUMBER,
        VALIDATION_ERROR,
        OTP_NOT_FOUND,
        OTP_INVALID,
        OTP_EXPIRED,
        OTP_ATTEMPTS_EXCEEDED,
        USER_NOT_FOUND,
        ACCOUNT_DISABLED
    })
    @PostMapping(path = "/verify-login", consumes = MediaType.APPLICATION_JSON_VALUE)
    TokenEnvelope<LoginData> verifyLogin(@RequestBody VerifyCodeRequest request) {
        var signedIn = auth.verifyLogin(request.phoneNumber(), request.otpCode());
        UserAccount user = signedIn.user();
        var data = new LoginData(
                user.id(), user.phoneNumber().e164(), user.name(), user.verified(), user.needsProfileCompletion());
        return TokenEnvelope.of("Login successful", data, signedIn.accessToken());
    }

    @Operation(summary = "End the session the access token belongs to; its tokens stop working at once")
    @SecurityRequirement(name = "bearer")
    @PostMapping("/logout")
    ApiEnvelope<Void> logout(@AuthenticationPrincipal Jwt token) {
        auth.logout(ActiveSessionValidator.sessionId(token));
        return ApiEnvelope.ok("Logged out successfully", null);
    }
}
