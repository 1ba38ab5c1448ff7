package com.loopin.auth;

import static com.loopin.shared.ErrorCode.ACCOUNT_DISABLED;
import static com.loopin.shared.ErrorCode.CHANNEL_UNAVAILABLE;
import static com.loopin.shared.ErrorCode.INVALID_PHONE_NUMBER;
import static com.loopin.shared.ErrorCode.NOT_FOUND;
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
import com.loopin.auth.AuthMessages.DeliveryData;
import com.loopin.auth.AuthMessages.LoginData;
import com.loopin.auth.AuthMessages.PhoneRequest;
import com.loopin.auth.AuthMessages.ResendRequest;
import com.loopin.auth.AuthMessages.SignupData;
import com.loopin.auth.AuthMessages.TokenEnvelope;
import com.loopin.auth.AuthMessages.VerifyCodeRequest;
import com.loopin.shared.ApiEnvelope;
import com.loopin.shared.ApiErrors;
import com.loopin.shared.ClientAddress;
import com.loopin.shared.FieldError;
import com.loopin.shared.ValidationFailedException;
import com.loopin.sms.CodeDeliveries;
import com.loopin.sms.DeliveryReport;
import com.loopin.users.UserAccount;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
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
    private final CodeDeliveries deliveries;

    CodeController(PhoneAuthService auth, ClientAddress clientAddress, CodeDeliveries deliveries) {
        this.auth = auth;
        this.clientAddress = clientAddress;
        this.deliveries = deliveries;
    }

    @Operation(
            operationId = "signup",
            summary = "Send a sign-up code",
            description = "409 USER_ALREADY_EXISTS when the number's user has a complete profile; a user whose "
                    + "profile is incomplete may sign up again. 429s carry a Retry-After header; 429 "
                    + "SMS_SEGMENT_THROTTLED means codes to new numbers of this range are paused for a while. The SMS "
                    + "is in Hindi when Accept-Language prefers hi to en, else in English; `app_hash` names a "
                    + "debug build's SMS Retriever hash; `channel` sms (default), whatsapp or auto. The answer's "
                    + "`delivery_id` says what became of the message (GET /api/auth/deliveries/{id}).")
    @ApiErrors({
        INVALID_PHONE_NUMBER,
        VALIDATION_ERROR,
        CHANNEL_UNAVAILABLE,
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
        VALIDATION_ERROR,
        CHANNEL_UNAVAILABLE,
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

    @Operation(
            operationId = "resend",
            summary = "Send a new code by the channel asked for",
            description = "For a number with an unused code (sign-up or login, as the last one was): a new code by "
                    + "`channel`, typically the other one after the first did not arrive; the previous code stops "
                    + "working. The same cooldown and limits as signup and login apply (429 OTP_COOLDOWN with "
                    + "Retry-After). 400 OTP_NOT_FOUND when the number has no unused code: ask signup or login.")
    @ApiErrors({
        INVALID_PHONE_NUMBER,
        VALIDATION_ERROR,
        OTP_NOT_FOUND,
        CHANNEL_UNAVAILABLE,
        SMS_COUNTRY_NOT_ALLOWED,
        PHONE_TYPE_NOT_SUPPORTED,
        USER_NOT_FOUND,
        USER_ALREADY_EXISTS,
        ACCOUNT_DISABLED,
        OTP_COOLDOWN,
        RATE_LIMITED,
        VERIFICATION_LOCKED,
        SMS_SEGMENT_THROTTLED,
        SMS_DELIVERY_FAILED
    })
    @PostMapping(path = "/resend", consumes = MediaType.APPLICATION_JSON_VALUE)
    ApiEnvelope<CodeSentData> resend(@RequestBody ResendRequest request, HttpServletRequest http) {
        if (request.channel() == null || request.channel().isBlank()) {
            throw new ValidationFailedException(
                    java.util.List.of(new FieldError("channel", "The channel is required: sms, whatsapp or auto.")));
        }
        var message = CodeMessage.of(http.getHeader("Accept-Language"), request.appHash(), request.channel());
        SentCode sent = auth.resend(request.phoneNumber(), clientAddress.of(http), message);
        return ApiEnvelope.ok("OTP sent successfully to " + sent.phone().e164(), CodeSentData.of(sent));
    }

    @Operation(
            operationId = "delivery",
            summary = "What became of the message that carried a code",
            description = "The `delivery_id` of a code request's answer. Moves as the provider reports: queued, sent, "
                    + "then delivered, failed or undelivered. Nothing personal is in the answer; the id cannot be "
                    + "guessed. 404 NOT_FOUND for an unknown id or one older than SMS_DELIVERY_RETENTION_DAYS.")
    @ApiErrors({NOT_FOUND})
    @GetMapping(path = "/deliveries/{deliveryId}")
    ApiEnvelope<DeliveryData> delivery(@PathVariable String deliveryId) {
        DeliveryReport report = deliveries.find(deliveryId).orElseThrow(DeliveryNotFoundException::new);
        DeliveryData fallback = report.fallbackId() == null
                ? null
                : deliveries.find(report.fallbackId()).map(CodeController::data).orElse(null);
        return ApiEnvelope.ok(
                "Delivery " + report.status(),
                new DeliveryData(
                        report.channel().key(), report.status(), report.reason(), report.updatedAt(), fallback));
    }

    private static DeliveryData data(DeliveryReport report) {
        return new DeliveryData(report.channel().key(), report.status(), report.reason(), report.updatedAt(), null);
    }

    /** The text's language from {@code Accept-Language} (Hindi or English), the app hash and the channel asked for. */
    private static CodeMessage message(PhoneRequest request, HttpServletRequest http) {
        return CodeMessage.of(http.getHeader("Accept-Language"), request.appHash(), request.channel());
    }
}
