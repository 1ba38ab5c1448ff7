package com.loopin.leads;

import com.loopin.shared.Actor;
import com.loopin.shared.PhoneHashes;
import com.loopin.shared.PhoneNumber;
import com.loopin.shared.SqlDialect;
import com.loopin.sms.SmsStatusReported;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/** Lead tracking: what the sign-up and login flows report, and what staff read. */
@Service
public class Leads {

    static final String VERIFIED_BY_CODE = "otp";

    private final LeadRepository repository;
    private final PhoneHashes hashes;
    private final Clock clock;
    private final SqlDialect dialect;
    private final LeadQueries counts;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate readOnly;

    Leads(
            LeadRepository repository,
            PhoneHashes hashes,
            Clock clock,
            SqlDialect dialect,
            LeadQueries counts,
            ApplicationEventPublisher events,
            PlatformTransactionManager transactions) {
        this.repository = repository;
        this.events = events;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.counts = counts;
        this.dialect = dialect;
        this.hashes = hashes;
        this.clock = clock;
    }

    /**
     * A code was made for this number (a review number's code counts too): it becomes a lead if it was not one.
     * Runs in the code request's transaction, before the SMS leaves; {@link #codeNotSent} takes it back.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void codeSent(PhoneNumber phone, boolean reviewNumber) {
        var now = clock.instant();
        if (dialect.isPostgres()) {
            repository.upsertCodeSent(phone.e164(), reviewNumber, now);
            return;
        }
        repository.insertIfAbsent(phone.e164(), now);
        repository.countCodeSent(phone.e164(), reviewNumber, now);
    }

    /** The provider took the message: its delivery reports will name this id. */
    @Transactional
    public void messageAccepted(PhoneNumber phone, String messageId) {
        repository.recordMessageId(phone.e164(), messageId);
    }

    /** The SMS could not be sent after all: the code is not counted. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void codeNotSent(PhoneNumber phone) {
        repository.uncountCodeSent(phone.e164());
    }

    /** The SMS provider reported on a message: the lead it went to shows it. */
    @EventListener
    @Transactional
    public void on(SmsStatusReported report) {
        repository.recordDelivery(report.messageId(), report.status(), report.errorCode(), clock.instant());
    }

    /** The number's account was deleted: the lead stays for the counts, with only a keyed hash of the number. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void forget(PhoneNumber phone) {
        repository.anonymise(phone.e164(), hashes.of(phone), clock.instant());
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void verificationFailed(PhoneNumber phone) {
        repository.countFailedAttempt(phone.e164(), clock.instant());
    }

    /** The number proved it is reachable: the lead is converted. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void verifiedByCode(PhoneNumber phone) {
        var now = clock.instant();
        if (dialect.isPostgres()) {
            repository.upsertVerified(phone.e164(), VERIFIED_BY_CODE, now);
            return;
        }
        repository.insertIfAbsent(phone.e164(), now);
        repository.markVerified(phone.e164(), VERIFIED_BY_CODE, now);
    }

    /** A page of the leads that match, counted up to {@link LeadPage#COUNT_CAP}: the cost does not grow with the table. */
    @Transactional(readOnly = true)
    public LeadPage search(LeadFilter filter, Pageable page, ZoneId zone) {
        var slice = repository.findBy(LeadSpecifications.matching(filter, zone), query -> query.slice(page));
        long counted = page.getOffset() + slice.getNumberOfElements() >= LeadPage.COUNT_CAP || slice.hasNext()
                ? counts.countAtMost(filter, zone, LeadPage.COUNT_CAP + 1)
                : page.getOffset() + slice.getNumberOfElements();
        return new LeadPage(
                slice.getContent().stream().map(Lead::view).toList(),
                page.getPageNumber(),
                page.getPageSize(),
                slice.hasNext(),
                counted);
    }

    /**
     * Every lead that matches, newest first, read from a database cursor and handed to the consumer one at a time:
     * memory stays flat however many there are. Reads in one read-only transaction of its own; once it is over,
     * {@link LeadsExported} records who took how many.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public long export(Actor actor, LeadFilter filter, ZoneId zone, Consumer<LeadView> consumer) {
        long exported = readOnly.execute(status -> counts.stream(filter, zone, consumer));
        events.publishEvent(new LeadsExported(actor, exported, filter));
        return exported;
    }

    @Transactional(readOnly = true)
    public List<LeadView> byIds(Collection<Long> ids) {
        return repository.findAllById(ids).stream().map(Lead::view).toList();
    }

    /** Manual conversion by staff; returns the leads that changed. */
    @Transactional
    public List<LeadView> markVerifiedByStaff(Actor staff, Collection<Long> ids) {
        var now = clock.instant();
        List<LeadView> changed = repository.findAllById(ids).stream()
                .filter(lead -> lead.markVerifiedBy(staff.name(), now))
                .map(Lead::view)
                .toList();
        changed.forEach(lead -> events.publishEvent(new LeadMarkedVerified(staff, lead.id(), lead.phoneNumber())));
        return changed;
    }

    /** Numbers that first asked for a code, per day in the zone, since the instant (counted by the database). */
    @Transactional(readOnly = true)
    public Map<LocalDate, Long> requestedPerDay(Instant since, ZoneId zone) {
        return counts.perDay("first_requested_at", since, zone);
    }

    @Transactional(readOnly = true)
    public Map<LocalDate, Long> verifiedPerDay(Instant since, ZoneId zone) {
        return counts.perDay("verified_at", since, zone);
    }

    @Transactional(readOnly = true)
    public Optional<LeadView> find(PhoneNumber phone) {
        return repository.findByPhoneNumber(phone.e164()).map(Lead::view);
    }
}
