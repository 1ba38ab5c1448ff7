package com.loopin.auth;

import io.swagger.v3.oas.annotations.media.Schema;

/** The JSON shapes of the sign-up and login endpoints (snake_case on the wire). */
final class AuthMessages {

    private AuthMessages() {}

    record PhoneRequest(
            @Schema(example = "+916205829376", requiredMode = Schema.RequiredMode.REQUIRED)
            String phoneNumber,

            @Schema(
                    nullable = true,
                    requiredMode = Schema.RequiredMode.NOT_REQUIRED,
                    example = "FA+9qCX9VSu",
                    description = "Android only: the SMS Retriever hash of the build asking (a debug build's); used "
                            + "when it is one of ANDROID_APP_HASHES, else the release build's is")
            String appHash,

            @Schema(
                    nullable = true,
                    requiredMode = Schema.RequiredMode.NOT_REQUIRED,
                    allowableValues = {"sms", "whatsapp", "auto"},
                    description =
                            "How the code travels: sms (the default, also when absent), whatsapp (400 CHANNEL_UNAVAILABLE when "
                                    + "this server has no WhatsApp sender), or auto (WhatsApp first for numbers of "
                                    + "WHATSAPP_COUNTRIES, the same code by SMS when WhatsApp fails or reports no delivery "
                                    + "in time)")
            String channel) {}

    record ResendRequest(
            @Schema(example = "+916205829376", requiredMode = Schema.RequiredMode.REQUIRED)
            String phoneNumber,

            @Schema(
                    requiredMode = Schema.RequiredMode.REQUIRED,
                    allowableValues = {"sms", "whatsapp", "auto"},
                    description = "The channel of the new code")
            String channel,

            @Schema(nullable = true, requiredMode = Schema.RequiredMode.NOT_REQUIRED, example = "FA+9qCX9VSu")
            String appHash) {}

    record VerifyCodeRequest(
            @Schema(example = "+916205829376", requiredMode = Schema.RequiredMode.REQUIRED)
            String phoneNumber,

            @Schema(
                    example = "1097",
                    description = "The code from the SMS",
                    requiredMode = Schema.RequiredMode.REQUIRED)
            String otpCode) {}

    record CodeSentData(
            @Schema(example = "+916205829376") String phoneNumber,

            @Schema(example = "4", description = "Digits in the code")
            int otpLength,

            @Schema(example = "600", description = "Seconds the code stays valid")
            long otpExpiresIn,

            @Schema(
                    example = "sms",
                    allowableValues = {"sms", "whatsapp"},
                    description = "How the code went; with channel auto, the channel tried first")
            String channel,

            @Schema(
                    nullable = true,
                    example = "dl_4fQ9xT2mKc8ZpLr1sVb7nWd3",
                    description = "Ask GET /api/auth/deliveries/{delivery_id} what became of the message; null for a "
                            + "test number or when the delivery could not be recorded")
            String deliveryId) {

        static CodeSentData of(SentCode sent) {
            return new CodeSentData(
                    sent.phone().e164(),
                    sent.codeLength(),
                    sent.validity().toSeconds(),
                    sent.channel().key(),
                    sent.deliveryId());
        }
    }

    record DeliveryData(
            @Schema(
                    example = "whatsapp",
                    allowableValues = {"sms", "whatsapp"})
            String channel,

            @Schema(
                    example = "delivered",
                    allowableValues = {"queued", "sent", "delivered", "failed", "undelivered"})
            String status,

            @Schema(
                    nullable = true,
                    example = "not_on_whatsapp",
                    description = "Why it failed: unreachable, blocked, unknown_number, carrier_filtered, "
                            + "not_on_whatsapp, recipient_rejected, provider_unavailable, dlt_template_mismatch, "
                            + "dlt_header_not_registered, dlt_entity_not_registered, dlt_rejected, carrier_rejected, "
                            + "dnd, no_delivery_report (the SMS was sent instead), provider_error, …")
            String reason,

            @Schema(example = "2026-12-05T10:15:30Z") java.time.Instant updatedAt,

            @Schema(
                    nullable = true,
                    description = "The SMS that carried the same code after this WhatsApp message failed or "
                            + "reported nothing in time (channel auto)")
            DeliveryData fallback) {}

    record SignupData(
            @Schema(example = "42") long userId,
            @Schema(example = "+916205829376") String phoneNumber,
            boolean needsProfileCompletion) {}

    record LoginData(
            @Schema(example = "42") long userId,
            @Schema(example = "+916205829376") String phoneNumber,

            @Schema(nullable = true, description = "Null until the profile is completed", example = "Gaurav Kumar")
            String name,

            boolean isVerified,
            boolean needsProfileCompletion) {}

    record RefreshRequest(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            String refreshToken) {}

    record LogoutRequest(
            @Schema(description = "Optional: end the session of this refresh token (no access token needed)")
            String refreshToken) {}

    record RefreshData(
            @Schema(example = "42") long userId,
            @Schema(example = "+916205829376") String phoneNumber) {}

    /**
     * The success envelope plus the tokens: {@code token} is the access token (a JWT); {@code refresh_token} is
     * opaque and single use.
     */
    record TokenEnvelope<T>(
            @Schema(example = "true") boolean success,
            @Schema(example = "OTP verified successfully") String message,
            T data,

            @Schema(
                    description = "The access token, a JWT: send it as `Authorization: Bearer …`",
                    example = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiI0MiJ9.c2lnbmF0dXJl")
            String token,

            @Schema(
                    description = "Opaque and single use: trade it at /api/auth/refresh before it idles out",
                    example = "u3kq9V0d8Jx2mYwQpL7sT1uFhZcN4bGa6eRjXo5yIlM")
            String refreshToken,

            @Schema(example = "Bearer") String tokenType,

            @Schema(description = "Seconds the access token lives", example = "1800")
            long expiresIn) {

        static <T> TokenEnvelope<T> of(String message, T data, PhoneAuthService.SignedIn signedIn) {
            return new TokenEnvelope<>(
                    true,
                    message,
                    data,
                    signedIn.accessToken().value(),
                    signedIn.refreshToken(),
                    "Bearer",
                    signedIn.accessToken().expiresInSeconds());
        }
    }
}
