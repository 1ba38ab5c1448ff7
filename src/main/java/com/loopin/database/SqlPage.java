package com.loopin.database;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/**
 * The {@code order by … limit … offset …} of a list page. Sorting goes through a map of the properties a list may
 * be sorted on to their columns: a property not in the map is ignored, so no request text ever reaches the SQL.
 */
public final class SqlPage {

    private SqlPage() {}

    /**
     * @param columns sortable properties and their SQL expressions
     * @param tieBreaker appended last (a unique column), so that pages never overlap or skip
     */
    public static String orderBy(Sort sort, Map<String, String> columns, String tieBreaker) {
        List<String> order = new ArrayList<>();
        for (Sort.Order by : sort) {
            String column = columns.get(by.getProperty());
            if (column != null) {
                order.add(column + (by.isAscending() ? " asc" : " desc"));
            }
        }
        order.add(tieBreaker);
        return " order by " + String.join(", ", order);
    }

    /** The page's rows; with {@code oneMore}, a row past it too, to tell whether a next page exists without counting. */
    public static String limit(Pageable page, boolean oneMore) {
        return " limit " + (page.getPageSize() + (oneMore ? 1 : 0)) + " offset " + page.getOffset();
    }
}
