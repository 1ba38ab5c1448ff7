package com.loopin.admin;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.data.domain.PageRequest;

/**
 * Where a console list stands, as its URL says: the sort column and direction, and the page, counted from 1.
 * Bound from the query string ({@code ?sort=last&dir=asc&page=2}); anything missing or unknown falls back.
 */
record ListPosition(String sort, String dir, Integer page) {

    PageRequest pageRequest(Map<String, String> columns, String defaultColumn) {
        return PageRequest.of(
                AdminRequests.page(page),
                AdminRequests.PAGE_SIZE,
                AdminRequests.sort(sort, dir, columns, defaultColumn));
    }

    ListLinks links(HttpServletRequest request, String defaultColumn) {
        return new ListLinks(
                request, sort == null || sort.isBlank() ? defaultColumn : sort, dir == null ? "desc" : dir);
    }
}
