package com.loopin.audit;

import static com.loopin.database.SqlValues.instant;
import static com.loopin.database.SqlValues.utc;

import com.loopin.database.SqlPage;
import com.loopin.database.SqlWhere;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jdbc.core.JdbcAggregateTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Every statement on {@code audit_entry}: entries are inserted as {@link AuditEntry} aggregates; the log is read and
 * redacted with plain statements.
 */
@Repository
class AuditEntryRepository {

    private static final Map<String, String> SORTABLE = Map.of("createdAt", "created_at");
    private static final String COLUMNS =
            "id, actor, action, target_type, target_id, summary, before_text, after_text, created_at";

    private final JdbcAggregateTemplate aggregates;
    private final JdbcClient jdbc;

    AuditEntryRepository(JdbcAggregateTemplate aggregates, JdbcClient jdbc) {
        this.aggregates = aggregates;
        this.jdbc = jdbc;
    }

    void insert(AuditEntry entry) {
        aggregates.insert(entry);
    }

    Page<AuditEntry> search(AuditFilter filter, Pageable page) {
        SqlWhere where = where(filter);
        long total = jdbc.sql("select count(*) from audit_entry" + where.sql())
                .params(where.params())
                .query(Long.class)
                .single();
        List<AuditEntry> entries = jdbc.sql("select " + COLUMNS + " from audit_entry" + where.sql()
                        + SqlPage.orderBy(page.getSort(), SORTABLE, "id desc") + SqlPage.limit(page, false))
                .params(where.params())
                .query((row, i) -> new AuditEntry(
                        row.getLong("id"),
                        row.getString("actor"),
                        row.getString("action"),
                        row.getString("target_type"),
                        row.getString("target_id"),
                        row.getString("summary"),
                        row.getString("before_text"),
                        row.getString("after_text"),
                        instant(row, "created_at")))
                .list();
        return new PageImpl<>(entries, page, total);
    }

    /** Who (or which actions) appear in the log, in order, the first {@code limit}. */
    List<String> distinct(String column, int limit) {
        if (!List.of("actor", "action").contains(column)) {
            throw new IllegalArgumentException(column);
        }
        return jdbc.sql("select distinct " + column + " from audit_entry order by " + column + " limit ?")
                .param(limit)
                .query(String.class)
                .list();
    }

    /** The user's account was deleted: entries about them keep what happened, not who they were. */
    void redactUser(String userId, String removed) {
        jdbc.sql("""
                        update audit_entry
                        set before_text = case when before_text is null then null else :removed end,
                            after_text = case when after_text is null then null else :removed end
                        where target_type = 'user' and target_id = :userId""").param("removed", removed).param("userId", userId).update();
    }

    /** Replaces a number written out in full in summaries with its masked form. */
    void maskNumber(String number, String masked) {
        jdbc.sql("update audit_entry set summary = replace(summary, ?, ?) where summary like ?")
                .params(number, masked, SqlWhere.contains(number))
                .update();
    }

    /** The one filter of the audit log: its page and its count. */
    private static SqlWhere where(AuditFilter filter) {
        SqlWhere where = new SqlWhere();
        if (!blank(filter.text())) {
            String q = SqlWhere.contains(filter.text().strip().toLowerCase(Locale.ROOT));
            where.and(
                    "(lower(actor) like ? or lower(action) like ? or lower(summary) like ? or lower(target_id) like ?)",
                    q,
                    q,
                    q,
                    q);
        }
        if (!blank(filter.actor())) {
            where.and("actor = ?", filter.actor());
        }
        if (!blank(filter.action())) {
            where.and("action = ?", filter.action());
        }
        if (!blank(filter.targetType())) {
            where.and("target_type = ?", filter.targetType());
        }
        if (!blank(filter.targetId())) {
            where.and("target_id = ?", filter.targetId());
        }
        if (filter.from() != null) {
            where.and("created_at >= ?", utc(filter.from()));
        }
        if (filter.to() != null) {
            where.and("created_at < ?", utc(filter.to()));
        }
        return where;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
