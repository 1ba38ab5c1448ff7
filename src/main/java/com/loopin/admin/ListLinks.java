package com.loopin.admin;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.util.UriComponentsBuilder;

/** Links for a list page that keep its search, filters, sort and page in the URL. */
public final class ListLinks {

    private final String path;
    private final String query;
    private final String sort;
    private final String direction;

    ListLinks(HttpServletRequest request, String sort, String direction) {
        this.path = request.getRequestURI();
        this.query = request.getQueryString();
        this.sort = sort;
        this.direction = direction;
    }

    /** The link to a page, counted from 0 here; people see and type pages counted from 1. */
    public String page(int page) {
        return builder().replaceQueryParam("page", page + 1).build().toUriString();
    }

    /** Sorts by the column; a second click on the sorted column reverses it. */
    public String sort(String column) {
        String next = column.equals(sort) && "asc".equals(direction) ? "desc" : "asc";
        return builder()
                .replaceQueryParam("sort", column)
                .replaceQueryParam("dir", next)
                .replaceQueryParam("page")
                .build()
                .toUriString();
    }

    public String arrow(String column) {
        return column.equals(sort) ? ("asc".equals(direction) ? " ▲" : " ▼") : "";
    }

    /** This list with the same filters, for a return after an action. */
    public String self() {
        return builder().build().toUriString();
    }

    private UriComponentsBuilder builder() {
        return UriComponentsBuilder.fromPath(path).query(query);
    }
}
