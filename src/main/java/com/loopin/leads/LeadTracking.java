package com.loopin.leads;

import com.loopin.auth.CodeIssued;
import com.loopin.auth.CodeMessageAccepted;
import com.loopin.auth.CodeVerified;
import com.loopin.auth.CodeWithdrawn;
import com.loopin.auth.WrongCodeEntered;
import com.loopin.database.DatabaseTrouble;
import com.loopin.shared.PhoneHashes;
import com.loopin.sms.SmsStatusReported;
import com.loopin.users.UserDeleted;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * How leads follow the code flow, the SMS provider and account deletion. The listeners run synchronously in the
 * publisher's transaction (the code request's, the verification's), so a lead changes exactly when the code
 * does, with no extra round trip.
 */
@Component
class LeadTracking {

    private static final Logger log = LoggerFactory.getLogger(LeadTracking.class);

    static final String VERIFIED_BY_CODE = "otp";

    private final LeadRepository repository;
    private final PhoneHashes hashes;
    private final Clock clock;

    LeadTracking(LeadRepository repository, PhoneHashes hashes, Clock clock) {
        this.repository = repository;
        this.hashes = hashes;
        this.clock = clock;
    }

    /** A number that asked for a code becomes a lead if it was not one; its codes are counted. */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void on(CodeIssued issued) {
        repository.codeSent(issued.phone().e164(), issued.testNumber(), clock.instant());
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void on(CodeWithdrawn withdrawn) {
        repository.uncountCodeSent(withdrawn.phone().e164());
    }

    /**
     * The provider took the message: its id on the lead, for the provider's report to find. One statement outside
     * any transaction; when the database cannot take it the code went out all the same, so this is logged, not
     * answered with an error.
     */
    @EventListener
    public void on(CodeMessageAccepted accepted) {
        try {
            repository.recordMessageId(accepted.phone().e164(), accepted.messageId());
        } catch (DataAccessException e) {
            log.warn("The message id of a code sent to a lead could not be recorded: {}", DatabaseTrouble.describe(e));
        }
    }

    /** The SMS provider reported on a message: the lead it went to shows it. */
    @EventListener
    @Transactional
    public void on(SmsStatusReported report) {
        repository.recordDelivery(report.messageId(), report.status(), report.errorCode(), clock.instant());
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void on(WrongCodeEntered wrong) {
        repository.countFailedAttempt(wrong.phone().e164(), clock.instant());
    }

    /** The lead is converted. */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void on(CodeVerified verified) {
        repository.verified(verified.phone().e164(), VERIFIED_BY_CODE, clock.instant());
    }

    /** The number's account was deleted: the lead stays for the counts, with only a keyed hash of the number. */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void on(UserDeleted deleted) {
        repository.anonymise(deleted.phoneNumber().e164(), hashes.of(deleted.phoneNumber()), clock.instant());
    }
}
