package com.loopin.database;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A {@code where} clause built from a list's filter: conditions joined by {@code and}, each with its positional
 * parameters. A list builds it once and uses it for its page, its count and its export alike.
 */
public final class SqlWhere {

    private final List<String> conditions = new ArrayList<>();
    private final List<Object> params = new ArrayList<>();

    public SqlWhere and(String condition, Object... values) {
        conditions.add(condition);
        params.addAll(Arrays.asList(values));
        return this;
    }

    /** {@code " where a and b"}, or nothing when there is no condition. */
    public String sql() {
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    public List<Object> params() {
        return new ArrayList<>(params);
    }

    /** The parameters followed by more (a limit, a cap). */
    public List<Object> paramsAnd(Object... more) {
        List<Object> all = new ArrayList<>(params);
        all.addAll(Arrays.asList(more));
        return all;
    }

    /** {@code %text%} for {@code like}, with the pattern's own characters taken literally. */
    public static String contains(String text) {
        return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
