package com.loopin.shared;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * A page of a list: {@code {"success":true,"message":…,"data":[…],"next_cursor":…}}. The next page is asked with
 * {@code cursor=<next_cursor>}; it is null on the last page.
 */
public record ApiPage<T>(
        @Schema(example = "true") boolean success,
        @Schema(example = "Events retrieved") String message,
        List<T> data,

        @Schema(nullable = true, description = "Opaque; null on the last page")
        String nextCursor) {

    public static <T> ApiPage<T> of(String message, List<T> data, String nextCursor) {
        return new ApiPage<>(true, message, data, nextCursor);
    }
}
