package com.loopin.leads;

import com.loopin.leads.LeadRepository.DayColumn;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import org.springframework.stereotype.Component;

/**
 * Leads per day for the dashboard, without counting the same past day twice. Days that are over do not change
 * again (both columns are set to "now" when they are set), so they are counted once per instance and remembered;
 * each call counts only yesterday and today (yesterday too, for instances whose clocks differ a little around
 * midnight), from the index.
 */
@Component
class DailyLeadCounts {

    private final LeadRepository leads;
    private final Clock clock;
    private final Map<String, ConcurrentSkipListMap<LocalDate, Long>> pastDays = new ConcurrentHashMap<>();

    DailyLeadCounts(LeadRepository leads, Clock clock) {
        this.leads = leads;
        this.clock = clock;
    }

    Map<LocalDate, Long> perDay(DayColumn column, Instant since, ZoneId zone) {
        LocalDate liveFrom = LocalDate.ofInstant(clock.instant(), zone).minusDays(1);
        Instant liveFromStart = liveFrom.atStartOfDay(zone).toInstant();
        var past = pastDays.computeIfAbsent(column + "@" + zone.getId(), key -> new ConcurrentSkipListMap<>());
        LocalDate firstDay = LocalDate.ofInstant(since, zone);
        if (!since.isAfter(liveFromStart)) {
            synchronized (past) {
                LocalDate missingFrom = firstDay;
                while (missingFrom.isBefore(liveFrom) && past.containsKey(missingFrom)) {
                    missingFrom = missingFrom.plusDays(1);
                }
                if (missingFrom.isBefore(liveFrom)) {
                    Map<LocalDate, Long> counted = leads.countPerDay(
                            column, missingFrom.atStartOfDay(zone).toInstant(), liveFromStart, zone);
                    for (LocalDate day = missingFrom; day.isBefore(liveFrom); day = day.plusDays(1)) {
                        past.put(day, counted.getOrDefault(day, 0L));
                    }
                }
            }
        }
        Map<LocalDate, Long> days = new TreeMap<>(past.subMap(firstDay, true, liveFrom, false));
        days.values().removeIf(count -> count == 0);
        days.putAll(leads.countPerDay(column, since.isAfter(liveFromStart) ? since : liveFromStart, null, zone));
        return days;
    }
}
