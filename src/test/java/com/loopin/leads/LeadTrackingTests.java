package com.loopin.leads;

import static org.assertj.core.api.Assertions.assertThat;

import com.loopin.auth.CodeIssued;
import com.loopin.auth.CodeVerified;
import com.loopin.auth.CodeWithdrawn;
import com.loopin.auth.WrongCodeEntered;
import com.loopin.shared.PhoneNumber;
import com.loopin.support.ModulePlatform;
import com.loopin.support.TestPhones;
import com.loopin.users.UserDeleted;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;

/**
 * The leads module alone, on PostgreSQL: it follows the code flow, delivery reports and account deletion only
 * through the events other modules publish, each handled in the publisher's transaction.
 */
@ApplicationModuleTest(extraIncludes = {"shared", "database"})
@Import(ModulePlatform.class)
class LeadTrackingTests {

    @Autowired
    Leads leads;

    @Test
    void aCodeMakesALeadAndTheRightCodeConvertsIt(Scenario scenario) {
        PhoneNumber phone = new PhoneNumber(TestPhones.newIndianMobile());

        scenario.publish(new CodeIssued(phone, false))
                .andWaitForStateChange(() -> leads.find(phone))
                .andVerify(lead -> {
                    assertThat(lead).hasValueSatisfying(view -> {
                        assertThat(view.codesSent()).isEqualTo(1);
                        assertThat(view.verified()).isFalse();
                    });
                });
        scenario.publish(new WrongCodeEntered(phone))
                .andWaitForStateChange(() -> leads.find(phone).orElseThrow().failedAttempts(), tries -> tries > 0)
                .andVerify(tries -> assertThat(tries).isEqualTo(1));
        scenario.publish(new CodeVerified(phone))
                .andWaitForStateChange(() -> leads.find(phone).orElseThrow().verified(), verified -> verified)
                .andVerify(verified -> assertThat(verified).isTrue());
    }

    @Test
    void aCodeThatCouldNotBeSentIsNotCounted(Scenario scenario) {
        PhoneNumber phone = new PhoneNumber(TestPhones.newIndianMobile());
        scenario.publish(new CodeIssued(phone, false)).andWaitForStateChange(() -> leads.find(phone));
        scenario.publish(new CodeIssued(phone, false))
                .andWaitForStateChange(() -> leads.find(phone).orElseThrow().codesSent(), sent -> sent == 2);

        scenario.publish(new CodeWithdrawn(phone))
                .andWaitForStateChange(() -> leads.find(phone).orElseThrow().codesSent(), sent -> sent == 1)
                .andVerify(sent -> assertThat(sent).isEqualTo(1));
    }

    @Test
    void aDeletedAccountLeavesALeadWithoutItsNumber(Scenario scenario) {
        PhoneNumber phone = new PhoneNumber(TestPhones.newIndianMobile());
        scenario.publish(new CodeIssued(phone, false)).andWaitForStateChange(() -> leads.find(phone));

        scenario.publish(new UserDeleted(42, phone))
                .andWaitForStateChange(() -> leads.find(phone), java.util.Optional::isEmpty)
                .andVerify(found -> assertThat(found).isEmpty());
    }
}
