package com.loopin.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.loopin.shared.Actor;
import com.loopin.shared.ChangeRefusedException;
import com.loopin.support.FlowTest;
import java.sql.Connection;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;

/**
 * Several instances start at once with the same {@code ADMIN_USERNAME}: each sees no such account and inserts it.
 * The race is made certain here by a second connection that has inserted the name and not yet committed: the
 * application's insert waits on the unique index and fails once that connection commits.
 */
@FlowTest
class StaffBootstrapTests {

    static final String PASSWORD = "a-long-staff-password-2026";

    @Autowired
    StaffAccounts accounts;

    @Autowired
    DataSource dataSource;

    @Test
    void anInstanceThatLosesTheRaceToCreateTheSuperuserStartsAnyway() throws Exception {
        String username = "boot-" + UUID.randomUUID().toString().substring(0, 8);
        var runner = new StaffConfiguration()
                .bootstrapSuperuser(new StaffConfiguration.BootstrapAdmin(username, PASSWORD), accounts);

        try (Connection other = insertedButNotCommitted(username)) {
            var starting = CompletableFuture.runAsync(() -> {
                try {
                    runner.run(new DefaultApplicationArguments());
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            Thread.sleep(500);
            other.commit();
            starting.get(10, TimeUnit.SECONDS);
        }
        assertThat(accounts.exists(username)).isTrue();
    }

    @Test
    void aNameTakenAtTheSameMomentIsRefusedForPeopleNotAsAnError() throws Exception {
        String username = "race-" + UUID.randomUUID().toString().substring(0, 8);

        try (Connection other = insertedButNotCommitted(username)) {
            var creating = CompletableFuture.supplyAsync(
                    () -> accounts.create(Actor.system("test"), username, PASSWORD, StaffRole.STAFF));
            Thread.sleep(500);
            other.commit();
            assertThatThrownBy(() -> creating.get(10, TimeUnit.SECONDS))
                    .hasCauseInstanceOf(ChangeRefusedException.class)
                    .cause()
                    .hasMessage("There is already a staff account named " + username + ".");
        }
    }

    private Connection insertedButNotCommitted(String username) throws Exception {
        Connection connection = dataSource.getConnection();
        connection.setAutoCommit(false);
        try (var insert = connection.prepareStatement("""
                insert into staff_user (username, password_hash, role, is_active, failed_logins, created_at,
                                        updated_at)
                values (?, 'not-a-hash', 'STAFF', true, 0, ?, ?)""")) {
            var now = Timestamp.from(Instant.now());
            insert.setString(1, username);
            insert.setTimestamp(2, now);
            insert.setTimestamp(3, now);
            insert.executeUpdate();
        }
        return connection;
    }
}
