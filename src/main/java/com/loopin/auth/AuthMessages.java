package com.loopin.auth;

import io.swagger.v3.oas.annotations.media.Schema;

/** The JSON shapes of the sign-up and login endpoints (snake_case on the wire). */
final class AuthMessages {

    private AuthMessages() {}

    record PhoneRequest(
            @Schema(example = "+916205829376", requiredMode = Schema.RequiredMode.REQUIRED)
            String phoneNumber) {}

    record VerifyCodeRequest(
            @Schema(example = "+916205829376", requiredMode = Schema.RequiredMode.REQUIRED)
            String phoneNumber,

            @Schema(
                    example = "1097",
                    description = "The code from the SMS",
                    requiredMode = Schema.RequiredMode.REQUIRED)
            String otpCode) {}

    record CodeSentData(String phoneNumber, int otpLength, long otpExpiresIn) {

        static CodeSentData of(CodeSent sent) {
            return new CodeSentData(
                    sent.phone().e164(), sent.codeLength(), sent.validity().toSeconds());
        }
    }

    record SignupData(long userId, String phoneNumber, boolean needsProfileCompletion) {}

    record LoginData(
            long userId, String phoneNumber, String name, boolean isVerified, boolean needsProfileCompletion) {}

    record RefreshRequest(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            String refreshToken) {}

    record LogoutRequest(
            @Schema(description = "Optional: end the session of this refresh token (no access token needed)")
            String refreshToken) {}

    record RefreshData(long userId, String phoneNumber) {}

    /**
     * The original envelope plus the tokens: {@code token} is the access token (a JWT); {@code refresh_token} is
     * opaque and single use.
     */
    record TokenEnvelope<T>(
            boolean success,
            String message,
            T data,
            String token,
            String refreshToken,
            String tokenType,
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
