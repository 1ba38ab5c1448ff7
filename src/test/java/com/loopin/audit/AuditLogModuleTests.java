package com.loopin.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.loopin.shared.Actor;
import com.loopin.shared.AuditedChange;
import com.loopin.shared.AuditedChange.FieldChange;
import com.loopin.shared.PhoneNumber;
import com.loopin.support.ModulePlatform;
import com.loopin.support.TestPhones;
import com.loopin.users.UserDeleted;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;

/**
 * The audit module alone, on PostgreSQL: it records any module's {@link AuditedChange} and redacts what it holds
 * about a user when {@link UserDeleted} arrives, knowing nothing of who publishes them.
 */
@ApplicationModuleTest(extraIncludes = {"shared", "database"})
@Import(ModulePlatform.class)
class AuditLogModuleTests {

    @Autowired
    AuditLog log;

    record NameChanged(long userId, String number) implements AuditedChange {
        @Override
        public Actor actor() {
            return Actor.staff("module-test");
        }

        @Override
        public Entry entry() {
            return new Entry(
                    "profile.update",
                    "user",
                    userId,
                    "Changed the name of " + number,
                    List.of(new FieldChange("name", "Asha", "Asha Verma")));
        }
    }

    @Test
    void aPublishedChangeIsRecordedWithBothSides(Scenario scenario) {
        long userId = System.nanoTime();
        scenario.publish(new NameChanged(userId, "+919800000001"))
                .andWaitForStateChange(() -> entriesAbout(userId), entries -> !entries.isEmpty())
                .andVerify(entries -> {
                    assertThat(entries).singleElement().satisfies(entry -> {
                        assertThat(entry.actor()).isEqualTo("module-test");
                        assertThat(entry.before()).isEqualTo("name: Asha");
                        assertThat(entry.after()).isEqualTo("name: Asha Verma");
                    });
                });
    }

    @Test
    void aDeletedUsersEntriesKeepWhatHappenedButNotWhoTheyWere(Scenario scenario) {
        long userId = System.nanoTime();
        PhoneNumber number = new PhoneNumber(TestPhones.newIndianMobile());
        scenario.publish(new NameChanged(userId, number.e164()))
                .andWaitForStateChange(() -> entriesAbout(userId), entries -> !entries.isEmpty());

        scenario.publish(new UserDeleted(userId, number))
                .andWaitForStateChange(
                        () -> entriesAbout(userId),
                        entries -> entries.getFirst().after().equals(AuditLog.REMOVED))
                .andVerify(entries -> {
                    AuditView entry = entries.getFirst();
                    assertThat(entry.before()).isEqualTo(AuditLog.REMOVED);
                    assertThat(entry.summary()).doesNotContain(number.e164()).contains(number.masked());
                    assertThat(entry.action()).isEqualTo("profile.update");
                });
    }

    private List<AuditView> entriesAbout(long userId) {
        return log.search(new AuditFilter(null, null, null, "user", Long.toString(userId), null, null), 0, 10)
                .getContent();
    }
}
