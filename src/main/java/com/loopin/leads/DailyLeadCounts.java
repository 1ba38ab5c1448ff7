package com.loopin.leads;

import com.loopin.leads.LeadRepository.DayColumn;
import com.loopin.shared.BusinessTime;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Repository;

/**
 * Leads per day for the dashboard, at a cost that does not grow with the table: a day that is over is counted once
 * from {@code phone_lead} and kept in {@code lead_day_count} (every statement on that table is here); only
 * yesterday and today are counted on each call, from the index. Yesterday stays live for instances whose clocks
 * differ a little around midnight. Past days are filled in the background, so no page load pays for a month.
 */
@Repository
class DailyLeadCounts {

    private static final Logger log = LoggerFactory.getLogger(DailyLeadCounts.class);

    static final int KEPT_DAYS = 30;

    private final LeadRepository leads;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final ZoneId businessZone;

    DailyLeadCounts(LeadRepository leads, JdbcClient jdbc, Clock clock, BusinessTime time) {
        this.leads = leads;
        this.jdbc = jdbc;
        this.clock = clock;
        this.businessZone = time.zone();
    }

    Map<LocalDate, Long> perDay(DayColumn column, Instant since, ZoneId zone) {
        LocalDate liveFrom = LocalDate.ofInstant(clock.instant(), zone).minusDays(1);
        Instant liveFromStart = liveFrom.atStartOfDay(zone).toInstant();
        Map<LocalDate, Long> days = new TreeMap<>();
        if (since.isBefore(liveFromStart)) {
            LocalDate firstDay = LocalDate.ofInstant(since, zone);
            days.putAll(finishedDays(column, zone, firstDay, liveFrom));
        }
        days.values().removeIf(count -> count == 0);
        days.putAll(leads.countPerDay(column, since.isAfter(liveFromStart) ? since : liveFromStart, null, zone));
        return days;
    }

    /** Counts the finished days of the last month that are not kept yet, for the business zone. */
    @Scheduled(initialDelayString = "${loopin.leads.day-counts-delay:20s}", fixedDelayString = "PT1H")
    void keepFinishedDays() {
        LocalDate liveFrom = LocalDate.ofInstant(clock.instant(), businessZone).minusDays(1);
        try {
            for (DayColumn column : DayColumn.values()) {
                finishedDays(column, businessZone, liveFrom.minusDays(KEPT_DAYS), liveFrom);
            }
        } catch (DataAccessException e) {
            log.warn(
                    "Lead counts per day: could not keep the finished days ({}); the next run tries again",
                    e.getMessage());
        }
    }

    /** The counts of the days from {@code first} until {@code until} (excluded), counting and keeping missing ones. */
    private Map<LocalDate, Long> finishedDays(DayColumn column, ZoneId zone, LocalDate first, LocalDate until) {
        Map<LocalDate, Long> kept = new TreeMap<>();
        jdbc.sql("select count_date, leads from lead_day_count"
                        + " where metric = ? and time_zone = ? and count_date >= ? and count_date < ?")
                .params(column.name(), zone.getId(), first, until)
                .query((rs, row) -> kept.put(rs.getObject(1, LocalDate.class), rs.getLong(2)))
                .list();
        LocalDate missingFrom = first;
        while (missingFrom.isBefore(until) && kept.containsKey(missingFrom)) {
            missingFrom = missingFrom.plusDays(1);
        }
        if (missingFrom.isBefore(until)) {
            Map<LocalDate, Long> counted = leads.countPerDay(
                    column,
                    missingFrom.atStartOfDay(zone).toInstant(),
                    until.atStartOfDay(zone).toInstant(),
                    zone);
            for (LocalDate day = missingFrom; day.isBefore(until); day = day.plusDays(1)) {
                if (!kept.containsKey(day)) {
                    long count = counted.getOrDefault(day, 0L);
                    jdbc.sql("insert into lead_day_count (metric, time_zone, count_date, leads) values (?, ?, ?, ?)"
                                    + " on conflict do nothing")
                            .params(column.name(), zone.getId(), day, count)
                            .update();
                    kept.put(day, count);
                }
            }
        }
        return kept;
    }
}
