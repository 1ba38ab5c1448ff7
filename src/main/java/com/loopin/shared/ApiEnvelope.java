package com.loopin.shared;

/** The original API's success envelope: {@code {"success":true,"message":…,"data":…}}. */
public record ApiEnvelope<T>(boolean success, String message, T data) {

    public static <T> ApiEnvelope<T> ok(String message, T data) {
        return new ApiEnvelope<>(true, message, data);
    }
}
