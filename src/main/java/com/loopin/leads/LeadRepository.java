package com.loopin.leads;

import static com.loopin.database.SqlValues.dayIn;
import static com.loopin.database.SqlValues.instant;
import static com.loopin.database.SqlValues.utc;

import com.loopin.database.SqlDialect;
import com.loopin.database.SqlPage;
import com.loopin.database.SqlWhere;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Every statement on {@code phone_lead}. Changes are single statements (an upsert, a counted update), so
 * parallel requests never lose a count; reads are built so that their cost does not grow with the table (counts
 * that stop at a cap, a cursor for exports). The number search is a {@code like '%digits%'}, which a trigram index
 * serves on PostgreSQL (V9); the embedded default scans.
 */
@Repository
class LeadRepository {

    /** The properties a lead list may be sorted on, and their columns. */
    static final Map<String, String> SORTABLE = Map.of(
            "phoneNumber", "phone_number",
            "codesSent", "codes_sent",
            "failedAttempts", "failed_attempts",
            "firstRequestedAt", "first_requested_at",
            "lastRequestedAt", "last_requested_at",
            "verifiedAt", "verified_at");

    private static final String COLUMNS = "id, phone_number, first_requested_at, last_requested_at, codes_sent,"
            + " failed_attempts, is_verified, verified_at, verified_by, is_test, deleted_at, delivery_status,"
            + " delivery_error";

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final SqlDialect dialect;

    LeadRepository(JdbcClient jdbc, JdbcTemplate template, SqlDialect dialect) {
        this.jdbc = jdbc;
        this.template = template;
        this.dialect = dialect;
    }

    /** Creates the lead or counts one more code for it (a new code clears the last one's delivery status). */
    void codeSent(String phone, boolean test, Instant now) {
        jdbc.sql(dialect.pick("""
                        insert into phone_lead (phone_number, first_requested_at, last_requested_at, codes_sent,
                                                failed_attempts, is_verified, is_test, created_at, updated_at)
                        values (:phone, :now, :now, 1, 0, false, :test, :now, :now)
                        on conflict (phone_number) do update
                        set codes_sent = phone_lead.codes_sent + 1, last_requested_at = :now, updated_at = :now,
                            is_test = :test, last_message_id = null, delivery_status = null, delivery_error = null,
                            delivery_updated_at = null""", """
                        merge into phone_lead l using (values (cast(:phone as varchar(16)))) v(phone)
                        on l.phone_number = v.phone
                        when matched then update
                        set codes_sent = l.codes_sent + 1, last_requested_at = :now, updated_at = :now,
                            is_test = :test, last_message_id = null, delivery_status = null, delivery_error = null,
                            delivery_updated_at = null
                        when not matched then insert (phone_number, first_requested_at, last_requested_at,
                                                      codes_sent, failed_attempts, is_verified, is_test, created_at,
                                                      updated_at)
                        values (v.phone, :now, :now, 1, 0, false, :test, :now, :now)"""))
                .param("phone", phone)
                .param("now", utc(now))
                .param("test", test)
                .update();
    }

    /** Creates the lead as verified, or converts it; a lead already verified keeps who verified it and when. */
    void verified(String phone, String by, Instant now) {
        jdbc.sql(dialect.pick("""
                        insert into phone_lead (phone_number, first_requested_at, last_requested_at, codes_sent,
                                                failed_attempts, is_verified, verified_at, verified_by, created_at,
                                                updated_at)
                        values (:phone, :now, :now, 0, 0, true, :now, :by, :now, :now)
                        on conflict (phone_number) do update
                        set is_verified = true, verified_at = :now, verified_by = :by, updated_at = :now
                        where phone_lead.is_verified = false""", """
                        merge into phone_lead l using (values (cast(:phone as varchar(16)))) v(phone)
                        on l.phone_number = v.phone
                        when matched and l.is_verified = false then update
                        set is_verified = true, verified_at = :now, verified_by = :by, updated_at = :now
                        when not matched then insert (phone_number, first_requested_at, last_requested_at,
                                                      codes_sent, failed_attempts, is_verified, verified_at,
                                                      verified_by, created_at, updated_at)
                        values (v.phone, :now, :now, 0, 0, true, :now, :by, :now, :now)"""))
                .param("phone", phone)
                .param("now", utc(now))
                .param("by", by)
                .update();
    }

    /** Staff converted leads by hand: the ones that were not verified yet are, and are returned. */
    List<LeadView> markVerifiedBy(Collection<Long> ids, String staff, Instant now) {
        if (ids.isEmpty()) {
            return List.of();
        }
        String update = """
                update phone_lead set is_verified = true, verified_at = :now, verified_by = :by, updated_at = :now
                where is_verified = false and id in (:ids)""";
        List<Long> changed = jdbc.sql(
                        dialect.pick(update + " returning id", "select id from final table (" + update + ")"))
                .param("now", utc(now))
                .param("by", staff)
                .param("ids", ids)
                .query(Long.class)
                .list();
        return byIds(changed);
    }

    void uncountCodeSent(String phone) {
        jdbc.sql("update phone_lead set codes_sent = codes_sent - 1 where phone_number = ? and codes_sent > 0")
                .param(phone)
                .update();
    }

    void recordMessageId(String phone, String messageId) {
        jdbc.sql("update phone_lead set last_message_id = ? where phone_number = ?")
                .params(messageId, phone)
                .update();
    }

    void recordDelivery(String messageId, String status, String error, Instant now) {
        jdbc.sql("""
                        update phone_lead set delivery_status = ?, delivery_error = ?, delivery_updated_at = ?
                        where last_message_id = ?""").params(status, error, utc(now), messageId).update();
    }

    void countFailedAttempt(String phone, Instant now) {
        jdbc.sql("update phone_lead set failed_attempts = failed_attempts + 1, updated_at = ? where phone_number = ?")
                .params(utc(now), phone)
                .update();
    }

    /** The account was deleted: keep the lead's counts, but only a keyed hash of its number. */
    void anonymise(String phone, String phoneHash, Instant now) {
        jdbc.sql("""
                        update phone_lead set phone_hash = ?, phone_number = null, deleted_at = ?, updated_at = ?
                        where phone_number = ?""").params(phoneHash, utc(now), utc(now), phone).update();
    }

    Optional<LeadView> find(String phone) {
        return jdbc.sql("select " + COLUMNS + " from phone_lead where phone_number = ?")
                .param(phone)
                .query(LeadRepository::view)
                .optional();
    }

    List<LeadView> byIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select " + COLUMNS + " from phone_lead where id in (:ids) order by id")
                .param("ids", ids)
                .query(LeadRepository::view)
                .list();
    }

    /** The page's leads and one more when a next page exists. */
    List<LeadView> page(LeadFilter filter, ZoneId zone, Pageable page) {
        SqlWhere where = where(filter, zone);
        return jdbc.sql("select " + COLUMNS + " from phone_lead" + where.sql()
                        + SqlPage.orderBy(page.getSort(), SORTABLE, "id desc") + SqlPage.limit(page, true))
                .params(where.params())
                .query(LeadRepository::view)
                .list();
    }

    long countAtMost(LeadFilter filter, ZoneId zone, int cap) {
        SqlWhere where = where(filter, zone);
        return jdbc.sql("select count(*) from (select 1 from phone_lead" + where.sql() + " limit ?) capped")
                .params(where.paramsAnd(cap))
                .query(Long.class)
                .single();
    }

    /**
     * Up to {@code limit} matches with ids below {@code beforeId} (from the newest when null), newest first: one
     * chunk of an export, read by the primary key, within the statement timeout however large the table.
     */
    List<LeadView> chunk(LeadFilter filter, ZoneId zone, Long beforeId, int limit) {
        SqlWhere where = where(filter, zone);
        if (beforeId != null) {
            where.and("id < ?", beforeId);
        }
        return jdbc.sql("select " + COLUMNS + " from phone_lead" + where.sql() + " order by id desc limit ?")
                .params(where.paramsAnd(limit))
                .query(LeadRepository::view)
                .list();
    }

    /**
     * Leads per day in the zone of the column's instants, from {@code from} until {@code until} (open-ended when
     * null), counted by the database from the column's index.
     */
    Map<LocalDate, Long> countPerDay(DayColumn column, Instant from, Instant until, ZoneId zone) {
        Map<LocalDate, Long> days = new TreeMap<>();
        String day = dayIn(column.sql, zone);
        String range = column.sql + " >= ?" + (until == null ? "" : " and " + column.sql + " < ?");
        List<Object> params = until == null ? List.of(utc(from)) : List.of(utc(from), utc(until));
        jdbc.sql("select " + day + ", count(*) from phone_lead where " + range + " group by " + day)
                .params(params)
                .query((rs, row) -> days.merge(rs.getObject(1, LocalDate.class), rs.getLong(2), Long::sum))
                .list();
        return days;
    }

    /** The columns leads are counted per day by. */
    enum DayColumn {
        FIRST_REQUESTED("first_requested_at"),
        VERIFIED("verified_at");

        private final String sql;

        DayColumn(String sql) {
            this.sql = sql;
        }
    }

    /** The one filter of the lead list: its page, its count and its export. */
    private static SqlWhere where(LeadFilter filter, ZoneId zone) {
        SqlWhere where = new SqlWhere().and("phone_number is not null");
        String digits = filter.number() == null ? "" : filter.number().replaceAll("[^0-9]", "");
        if (!digits.isEmpty()) {
            where.and("phone_number like ?", "%" + digits + "%");
        }
        switch (filter.status() == null ? "" : filter.status()) {
            case "verified" -> where.and("is_verified = true");
            case "unverified" -> where.and("is_verified = false");
            case "test" -> where.and("is_test = true");
            default -> {}
        }
        if (filter.from() != null) {
            where.and(
                    "first_requested_at >= ?",
                    utc(filter.from().atStartOfDay(zone).toInstant()));
        }
        if (filter.to() != null) {
            where.and(
                    "first_requested_at < ?",
                    utc(filter.to().plusDays(1).atStartOfDay(zone).toInstant()));
        }
        return where;
    }

    private static LeadView view(ResultSet rs, int rowNumber) throws SQLException {
        return new LeadView(
                rs.getLong("id"),
                rs.getString("phone_number"),
                instant(rs, "first_requested_at"),
                instant(rs, "last_requested_at"),
                rs.getInt("codes_sent"),
                rs.getInt("failed_attempts"),
                rs.getBoolean("is_verified"),
                instant(rs, "verified_at"),
                rs.getString("verified_by"),
                rs.getBoolean("is_test"),
                instant(rs, "deleted_at"),
                rs.getString("delivery_status"),
                rs.getString("delivery_error"));
    }
}
