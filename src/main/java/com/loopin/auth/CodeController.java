package com.loopin.auth;

import static com.loopin.shared.ErrorCode.ACCOUNT_DISABLED;
import static com.loopin.shared.ErrorCode.INVALID_PHONE_NUMBER;
import static com.loopin.shared.ErrorCode.OTP_ATTEMPTS_EXCEEDED;
import static com.loopin.shared.ErrorCode.OTP_COOLDOWN;
import static com.loopin.shared.ErrorCode.OTP_EXPIRED;
import static com.loopin.shared.ErrorCode.OTP_INVALID;
import static com.loopin.shared.ErrorCode.OTP_NOT_FOUND;
import static com.loopin.shared.ErrorCode.PHONE_TYPE_NOT_SUPPORTED;
import static com.loopin.shared.ErrorCode.RATE_LIMITED;
import static com.loopin.shared.ErrorCode.SMS_COUNTRY_NOT_ALLOWED;
import static com.loopin.shared.ErrorCode.SMS_DELIVERY_FAILED;
import static com.loopin.shared.ErrorCode.SMS_SEGMENT_THROTTLED;
import static com.loopin.shared.ErrorCode.USER_ALREADY_EXISTS;
import static com.loopin.shared.ErrorCode.USER_NOT_FOUND;
import static com.loopin.shared.ErrorCode.VALIDATION_ERROR;
import static com.loopin.shared.ErrorCode.VERIFICATION_LOCKED;

import com.loopin.auth.AuthMessages.CodeSentData;
import com.loopin.auth.AuthMessages.LoginData;
import com.loopin.auth.AuthMessages.PhoneRequest;
import com.loopin.auth.AuthMessages.SignupData;
import com.loopin.auth.AuthMessages.TokenEnvelope;
import com.loopin.auth.AuthMessages.VerifyCodeRequest;
import com.loopin.shared.ApiEnvelope;
import com.loopin.shared.ApiErrors;
import com.loopin.shared.ClientAddress;
import com.loopin.users.UserAccount;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Sign-up and login: a code by SMS, then the code back for tokens. */
@RestController
@RequestMapping(path = "/api/auth", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Authentication", description = "Sign-up and login by SMS code, sessions")
class CodeController {

    private final PhoneAuthService auth;
    private final ClientAddress clientAddress;

    CodeController(PhoneAuthService auth, ClientAddress clientAddress) {
        this.auth = auth;
        this.clientAddress = clientAddress;
    }

    @Operation(
            operationId = "signup",
            summary = "Send a sign-up code",
            description = "409 USER_ALREADY_EXISTS when the number's user has a complete profile; a user whose "
                    + "profile is incomplete may sign up again. 429s carry a Retry-After header; 429 "
                    + "SMS_SEGMENT_THROTTLED means codes to new numbers of this range are paused for a while. The SMS "
                    + "is in Hindi when Accept-Language prefers hi to en, else in English; `app_hash` names a "
                    + "debug build's SMS Retriever hash.")
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
        SentCode sent = auth.requestSignupCode(request.phoneNumber(), clientAddress.of(http), message(request, http));
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
            description = "404 USER_NOT_FOUND for a number that has not signed up. 429s carry a Retry-After header. "
                    + "The SMS is in Hindi when Accept-Language prefers hi to en, else in English.")
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
        SentCode sent = auth.requestLoginCode(request.phoneNumber(), clientAddress.of(http), message(request, http));
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

    /** The text's language from {@code Accept-Language} (Hindi or English), and the app hash the app named. */
    private static CodeMessage message(PhoneRequest request, HttpServletRequest http) {
        return CodeMessage.of(http.getHeader("Accept-Language"), request.appHash());
    }
}
