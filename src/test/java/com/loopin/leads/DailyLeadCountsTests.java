package com.loopin.leads;

import static org.assertj.core.api.Assertions.assertThat;

import com.loopin.auth.CodeIssued;
import com.loopin.shared.PhoneNumber;
import com.loopin.support.ModulePlatform;
import com.loopin.support.TestPhones;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;

/**
 * The dashboard's leads per day: a finished day is counted once and kept (the count equals the table's), while
 * today's leads show at once.
 */
@ApplicationModuleTest(extraIncludes = {"shared", "database"})
@Import(ModulePlatform.class)
class DailyLeadCountsTests {

    static final ZoneId KOLKATA = ZoneId.of("Asia/Kolkata");

    @Autowired
    Leads leads;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aFinishedDayIsCountedOnceAndKeptAndTodayIsLive(Scenario scenario) {
        LocalDate day = LocalDate.now(KOLKATA).minusDays(5);
        Instant noon = day.atTime(12, 0).atZone(KOLKATA).toInstant();
        // the shared test database may keep this day from an earlier run; past days get no new leads in real life
        jdbc.sql("delete from lead_day_count where count_date = ?").param(day).update();
        for (int i = 0; i < 3; i++) {
            aLeadFirstSeenAt(noon.plusSeconds(i));
        }
        Instant since =
                LocalDate.now(KOLKATA).minusDays(9).atStartOfDay(KOLKATA).toInstant();

        long expected = countedByHand(day);
        assertThat(leads.requestedPerDay(since, KOLKATA)).containsEntry(day, expected);
        assertThat(jdbc.sql(
                                "select leads from lead_day_count where metric = 'FIRST_REQUESTED' and time_zone = ? and count_date = ?")
                        .params(KOLKATA.getId(), day)
                        .query(Long.class)
                        .single())
                .as("the finished day is kept")
                .isEqualTo(expected);

        LocalDate today = LocalDate.now(KOLKATA);
        long before = leads.requestedPerDay(since, KOLKATA).getOrDefault(today, 0L);
        PhoneNumber phone = new PhoneNumber(TestPhones.newIndianMobile());
        scenario.publish(new CodeIssued(phone, false))
                .andWaitForStateChange(
                        () -> leads.requestedPerDay(since, KOLKATA).getOrDefault(today, 0L), count -> count > before)
                .andVerify(count -> assertThat(count).isGreaterThan(before));
    }

    private void aLeadFirstSeenAt(Instant at) {
        OffsetDateTime time = at.atOffset(ZoneOffset.UTC);
        jdbc.sql("""
                        insert into phone_lead (phone_number, first_requested_at, last_requested_at, codes_sent,
                                                failed_attempts, is_verified, is_test, created_at, updated_at)
                        values (?, ?, ?, 1, 0, false, false, ?, ?)""")
                .params(TestPhones.newIndianMobile(), time, time, time, time)
                .update();
    }

    private long countedByHand(LocalDate day) {
        return jdbc.sql("select count(*) from phone_lead where first_requested_at >= ? and first_requested_at < ?")
                .params(
                        day.atStartOfDay(KOLKATA).toOffsetDateTime(),
                        day.plusDays(1).atStartOfDay(KOLKATA).toOffsetDateTime())
                .query(Long.class)
                .single();
    }
}
