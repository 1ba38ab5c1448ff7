package com.loopin.shared;

/** The API's success envelope: {@code {"success":true,"message":…,"data":…}}. */
public record ApiEnvelope<T>(
        @io.swagger.v3.oas.annotations.media.Schema(example = "true")
        boolean success,

        @io.swagger.v3.oas.annotations.media.Schema(example = "Done")
        String message,

        T data) {

    public static <T> ApiEnvelope<T> ok(String message, T data) {
        return new ApiEnvelope<>(true, message, data);
    }
}
