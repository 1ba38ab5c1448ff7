package com.loopin.shared;

import java.util.List;

/** The {@code limit} of a keyset-paged list: 1 to 100 items, a default when absent. */
public final class PageSize {

    public static final int MAX = 100;

    private PageSize() {}

    /** @throws ValidationFailedException naming {@code limit} when it is outside 1 to 100 */
    public static int of(Integer limit, int byDefault) {
        int size = limit == null ? byDefault : limit;
        if (size < 1 || size > MAX) {
            throw new ValidationFailedException(List.of(new FieldError("limit", "Must be 1 to " + MAX + ".")));
        }
        return size;
    }
}
