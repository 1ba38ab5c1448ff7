package com.loopin.leads;

import com.loopin.leads.LeadRepository.DayColumn;
import com.loopin.shared.Actor;
import com.loopin.shared.PhoneNumber;
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
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/** Leads as staff read and work them; {@link LeadTracking} keeps them in step with the code flow. */
@Service
public class Leads {

    private final LeadRepository repository;
    private final DailyLeadCounts daily;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate readOnly;

    Leads(
            LeadRepository repository,
            DailyLeadCounts daily,
            Clock clock,
            ApplicationEventPublisher events,
            PlatformTransactionManager transactions) {
        this.repository = repository;
        this.events = events;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.daily = daily;
        this.clock = clock;
    }

    /** A page of the leads that match, counted up to {@link LeadPage#COUNT_CAP}: the cost does not grow with the table. */
    @Transactional(readOnly = true)
    public LeadPage search(LeadFilter filter, Pageable page, ZoneId zone) {
        List<LeadView> rows = repository.page(filter, zone, page);
        boolean hasNext = rows.size() > page.getPageSize();
        List<LeadView> content = hasNext ? rows.subList(0, page.getPageSize()) : rows;
        long counted = page.getOffset() + content.size() >= LeadPage.COUNT_CAP || hasNext
                ? repository.countAtMost(filter, zone, LeadPage.COUNT_CAP + 1)
                : page.getOffset() + content.size();
        return new LeadPage(content, page.getPageNumber(), page.getPageSize(), hasNext, counted);
    }

    /**
     * Every lead that matches, newest first, read from a database cursor and handed to the consumer one at a time:
     * memory stays flat however many there are. Reads in one read-only transaction of its own; once it is over,
     * {@link LeadsExported} records who took how many.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public long export(Actor actor, LeadFilter filter, ZoneId zone, Consumer<LeadView> consumer) {
        long exported = readOnly.execute(status -> repository.stream(filter, zone, consumer));
        events.publishEvent(new LeadsExported(actor, exported, filter));
        return exported;
    }

    @Transactional(readOnly = true)
    public List<LeadView> byIds(Collection<Long> ids) {
        return repository.byIds(ids);
    }

    /** Manual conversion by staff; returns the leads that changed. */
    @Transactional
    public List<LeadView> markVerifiedByStaff(Actor staff, Collection<Long> ids) {
        List<LeadView> changed = repository.markVerifiedBy(ids, staff.name(), clock.instant());
        changed.forEach(lead -> events.publishEvent(new LeadMarkedVerified(staff, lead.id(), lead.phoneNumber())));
        return changed;
    }

    /**
     * Numbers that first asked for a code, per day in the zone, since the instant. Not read-only: a finished day
     * counted for the first time is kept.
     */
    @Transactional
    public Map<LocalDate, Long> requestedPerDay(Instant since, ZoneId zone) {
        return daily.perDay(DayColumn.FIRST_REQUESTED, since, zone);
    }

    @Transactional
    public Map<LocalDate, Long> verifiedPerDay(Instant since, ZoneId zone) {
        return daily.perDay(DayColumn.VERIFIED, since, zone);
    }

    @Transactional(readOnly = true)
    public Optional<LeadView> find(PhoneNumber phone) {
        return repository.find(phone.e164());
    }
}
