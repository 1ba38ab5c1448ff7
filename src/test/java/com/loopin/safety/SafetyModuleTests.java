package com.loopin.safety;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;

import com.loopin.events.EventDirectory;
import com.loopin.events.EventFacts;
import com.loopin.events.EventSeats;
import com.loopin.events.EventStatus;
import com.loopin.protection.AbuseProtection;
import com.loopin.shared.Actor;
import com.loopin.shared.Caller;
import com.loopin.support.ModulePlatform;
import com.loopin.support.TestPhones;
import com.loopin.users.UserDirectory;
import com.loopin.users.UserManagement;
import com.loopin.users.UserSummary;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * The safety module alone on PostgreSQL: a block is announced to the modules that end what joined the two, and
 * answers the events module's question both ways; a report's outcome acts through the users and events modules.
 */
@ApplicationModuleTest(extraIncludes = {"shared", "database"})
@Import(ModulePlatform.class)
class SafetyModuleTests {

    /** The neighbours the module asks, played by mocks. */
    @MockitoBean
    UserDirectory users;

    @MockitoBean
    UserManagement accounts;

    @MockitoBean
    EventSeats events;

    @MockitoBean
    EventDirectory eventDirectory;

    @MockitoBean
    AbuseProtection protection;

    @Autowired
    Blocks blocks;

    @Autowired
    Reports reports;

    @Autowired
    SafetyAccess access;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aBlockIsAnnouncedAndKeepsBothApart(Scenario scenario) {
        long blocker = person();
        long blocked = person();
        given(users.find(anyLong())).willReturn(Optional.of(Mockito.mock(UserSummary.class)));

        scenario.stimulate(() -> blocks.block(Caller.user(blocker, UUID.randomUUID()), blocked))
                .andWaitForEventOfType(PersonBlocked.class)
                .matching(event -> event.blockerId() == blocker && event.blockedId() == blocked)
                .toArrive();

        assertThat(access.apart(blocker, blocked)).isTrue();
        assertThat(access.apart(blocked, blocker)).as("a block works both ways").isTrue();
        assertThat(access.apartFrom(blocked)).containsExactly(blocker);
        assertThat(blocks.block(Caller.user(blocker, UUID.randomUUID()), blocked))
                .as("blocking twice is no new block")
                .isFalse();
        blocks.unblock(Caller.user(blocker, UUID.randomUUID()), blocked);
        assertThat(access.apart(blocked, blocker)).isFalse();
    }

    @Test
    void cancellingTheEventOfAReportGoesThroughTheEventsModuleAndIsAudited(Scenario scenario) {
        long reporter = person();
        long host = person();
        String eventId = "s" + Long.toString(System.nanoTime() % 10_000_000L, 36);
        given(events.visibleTo(Mockito.eq(eventId), Mockito.any())).willReturn(facts(eventId, host));
        given(events.find(eventId)).willReturn(Optional.of(facts(eventId, host)));
        long id = reports.report(Caller.user(reporter, UUID.randomUUID()), eventId, null, "unsafe_event", null)
                .id();
        Actor staff = Actor.system("safety-test");

        scenario.stimulate(() -> reports.handle(staff, id, "event_cancelled", "Unsafe venue"))
                .andWaitForEventOfType(ReportHandled.class)
                .matching(handled -> handled.reportId() == id)
                .toArriveAndVerify(
                        handled -> assertThat(handled.entry().summary()).contains("event " + eventId));

        then(eventDirectory).should().cancel(staff, eventId, "Unsafe venue");
        assertThat(reports.countPerStatus()).containsKey("resolved");
        assertThat(reports.queue("resolved", eventId, null, 50, 0).stream()
                        .map(row -> row.report().id()))
                .contains(id);
    }

    private long person() {
        String phone = TestPhones.newIndianMobile();
        var now = java.sql.Timestamp.from(Instant.now());
        jdbc.sql("insert into app_user (phone_number, is_active, created_at, updated_at) values (?, true, ?, ?)")
                .params(phone, now, now)
                .update();
        return jdbc.sql("select id from app_user where phone_number = ?")
                .param(phone)
                .query(Long.class)
                .single();
    }

    private static EventFacts facts(String id, long host) {
        return new EventFacts(
                id,
                "Rooftop party",
                host,
                EventStatus.PUBLISHED,
                Instant.now().plusSeconds(86_400),
                Instant.now().plusSeconds(90_000),
                null,
                "open",
                "everyone",
                1,
                0,
                0);
    }
}
