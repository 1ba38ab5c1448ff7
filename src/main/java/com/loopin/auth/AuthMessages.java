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

    /** The original envelope plus the tokens: {@code token} is the access token. */
    record TokenEnvelope<T>(boolean success, String message, T data, String token, String tokenType, long expiresIn) {

        static <T> TokenEnvelope<T> of(String message, T data, TokenService.AccessToken token) {
            return new TokenEnvelope<>(true, message, data, token.value(), "Bearer", token.expiresInSeconds());
        }
    }
}
