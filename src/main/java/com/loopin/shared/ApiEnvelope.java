package com.loopin.shared;

/** The API's success envelope: {@code {"success":true,"message":…,"data":…}}, and {@link Paged} for lists. */
public record ApiEnvelope<T>(
        @io.swagger.v3.oas.annotations.media.Schema(example = "true")
        boolean success,

        @io.swagger.v3.oas.annotations.media.Schema(example = "Done")
        String message,

        T data) {

    public static <T> ApiEnvelope<T> ok(String message, T data) {
        return new ApiEnvelope<>(true, message, data);
    }

    /**
     * A page of a list: {@code {"success":true,"message":…,"data":[…],"next_cursor":…}}. The next page is asked with
     * {@code cursor=<next_cursor>}; it is null on the last page.
     */
    public record Paged<T>(
            @io.swagger.v3.oas.annotations.media.Schema(example = "true")
            boolean success,

            @io.swagger.v3.oas.annotations.media.Schema(example = "Events retrieved")
            String message,

            java.util.List<T> data,

            @io.swagger.v3.oas.annotations.media.Schema(nullable = true, description = "Opaque; null on the last page")
            String nextCursor) {

        public static <T> Paged<T> of(String message, java.util.List<T> data, String nextCursor) {
            return new Paged<>(true, message, data, nextCursor);
        }
    }
}
