package com.loopin.leads;

import com.loopin.leads.LeadRepository.DayColumn;
import com.loopin.shared.Actor;
import com.loopin.shared.ChangeRefusedException;
import com.loopin.shared.PhoneNumber;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
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

    static final int EXPORT_CHUNK = 5_000;

    private final LeadRepository repository;
    private final DailyLeadCounts daily;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate readOnly;
    private final Set<String> exporting = ConcurrentHashMap.newKeySet();

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
     * Starts an export for the member, who may run one at a time (on this instance; the console keeps a member on
     * one instance). Close the permit when the export ends, however it ends.
     *
     * @throws ChangeRefusedException while another export of theirs runs
     */
    public ExportPermit startExport(Actor actor) {
        if (!exporting.add(actor.name())) {
            throw new ChangeRefusedException("An export of yours is still running: wait for it to finish.");
        }
        return () -> exporting.remove(actor.name());
    }

    /**
     * Every lead that matches, newest first, handed to the consumer one at a time: read in chunks of {@value
     * #EXPORT_CHUNK}, each in a short read-only transaction of its own within the statement timeout, and handed
     * over outside any transaction, so a slow download holds no connection. Memory stays flat however many there
     * are. Once it is over, {@link LeadsExported} records who took how many.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public long export(Actor actor, LeadFilter filter, ZoneId zone, Consumer<LeadView> consumer) {
        long exported = 0;
        Long before = null;
        while (true) {
            Long after = before;
            List<LeadView> chunk = readOnly.execute(status -> repository.chunk(filter, zone, after, EXPORT_CHUNK));
            chunk.forEach(consumer);
            exported += chunk.size();
            if (chunk.size() < EXPORT_CHUNK) {
                break;
            }
            before = chunk.getLast().id();
        }
        events.publishEvent(new LeadsExported(actor, exported, filter));
        return exported;
    }

    /** An export running; closing it lets the member start another. */
    public interface ExportPermit extends AutoCloseable {
        @Override
        void close();
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
