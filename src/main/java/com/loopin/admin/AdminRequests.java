package com.loopin.admin;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import org.springframework.data.domain.Sort;

/** Reading list-page parameters forgivingly: a bad value is ignored, never an error page. */
final class AdminRequests {

    static final int PAGE_SIZE = 25;

    private AdminRequests() {}

    static LocalDate date(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    static Boolean yesNo(String text) {
        return "yes".equals(text) ? Boolean.TRUE : "no".equals(text) ? Boolean.FALSE : null;
    }

    /** Only the listed columns may be sorted on; anything else falls back to the default. */
    static Sort sort(String column, String direction, Map<String, String> columns, String defaultColumn) {
        String property =
                column == null ? columns.get(defaultColumn) : columns.getOrDefault(column, columns.get(defaultColumn));
        return Sort.by("asc".equals(direction) ? Sort.Direction.ASC : Sort.Direction.DESC, property);
    }

    /** The page asked for in the URL (counted from 1) as Spring counts it (from 0). */
    static int page(Integer page) {
        return page == null || page < 1 ? 0 : Math.min(page - 1, 10_000);
    }

    /** Where to go back to after an action: a console list, never another site. */
    static String returnTo(String returnTo, String fallback) {
        return returnTo != null && returnTo.startsWith("/admin/") && !returnTo.startsWith("//") ? returnTo : fallback;
    }
}
