package com.loopin.sessions;

import static org.assertj.core.api.Assertions.assertThat;

import com.loopin.shared.Actor;
import com.loopin.support.ModulePlatform;
import com.loopin.support.TestPhones;
import com.loopin.users.UserDeactivated;
import java.time.Duration;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;

/**
 * The sessions module alone, on PostgreSQL: a user's deactivation, announced by the users module, ends every
 * session of theirs in the deactivating transaction, so their access tokens stop working once it commits.
 */
@ApplicationModuleTest(extraIncludes = {"shared", "database"})
@Import(ModulePlatform.class)
class SessionsModuleTests {

    @TestConfiguration(proxyBeanMethods = false)
    static class Neighbours {
        /** Provided by auth in the application. */
        @Bean
        AccessTokenLifetime accessTokenLifetime() {
            return () -> Duration.ofMinutes(30);
        }
    }

    @Autowired
    Sessions sessions;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aDeactivatedUsersSessionsEndAndTheirRefreshTokensNoLongerWork(Scenario scenario) {
        long userId = aUser();
        var phone = sessions.open(userId);
        var laptop = sessions.open(userId);
        assertThat(sessions.isActive(phone.sessionId())).isTrue();

        scenario.publish(new UserDeactivated(userId, Actor.staff("module-test"), "+91…"))
                .andWaitForStateChange(() -> sessions.isActive(phone.sessionId()), active -> !active)
                .andVerify(active -> assertThat(active).isFalse());
        assertThat(sessions.isActive(laptop.sessionId())).isFalse();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> sessions.rotate(phone.refreshToken()))
                .isInstanceOf(RefreshTokenException.class);
    }

    @Test
    void anotherUsersDeactivationLeavesTheSessionAlone(Scenario scenario) {
        long userId = aUser();
        long other = aUser();
        var session = sessions.open(userId);

        scenario.publish(new UserDeactivated(other, Actor.staff("module-test"), "+91…"))
                .andWaitForEventOfType(UserDeactivated.class)
                .toArrive();
        assertThat(sessions.isActive(session.sessionId())).isTrue();
        assertThat(sessions.rotate(session.refreshToken()).sessionId()).isEqualTo(session.sessionId());
    }

    /** Sessions belong to a user row (foreign key); the users module would have made it. */
    private long aUser() {
        var now = OffsetDateTime.now();
        return jdbc.sql("insert into app_user (phone_number, is_active, created_at, updated_at) values (?, true, ?, ?)"
                        + " returning id")
                .params(TestPhones.newIndianMobile(), now, now)
                .query(Long.class)
                .single();
    }
}
