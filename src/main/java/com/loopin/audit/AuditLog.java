package com.loopin.audit;

import com.loopin.shared.AuditedChange;
import com.loopin.users.UserDeleted;
import java.time.Clock;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

@Service
public class AuditLog {

    private final AuditEntryRepository entries;
    private final Clock clock;

    AuditLog(AuditEntryRepository entries, Clock clock) {
        this.entries = entries;
        this.clock = clock;
    }

    /**
     * Every change a module announces is recorded in the transaction that makes it (synchronously, not after the
     * commit), so there is no change without its entry and no entry for a change that was rolled back. A change
     * made outside a transaction (a code sent by staff, an export) gets one of its own.
     */
    @EventListener
    @Transactional(propagation = Propagation.REQUIRED)
    void on(AuditedChange change) {
        entries.insert(AuditEntry.of(change, clock.instant()));
    }

    /**
     * Account deletion: the entries about the user keep who did what and when, with the number masked and the
     * recorded values removed. Runs in the deleting transaction.
     */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(UserDeleted deleted) {
        entries.maskNumber(deleted.phoneNumber().e164(), deleted.phoneNumber().masked());
        entries.redactUser(Long.toString(deleted.userId()), REMOVED);
    }

    static final String REMOVED = "(removed when the account was deleted)";

    @Transactional(readOnly = true)
    public Page<AuditView> search(AuditFilter filter, int page, int size) {
        return entries.search(filter, PageRequest.of(page, size, Sort.by(Sort.Direction.DESC, "createdAt")))
                .map(AuditEntry::view);
    }

    /** Who and which actions appear in the log, for the console's filters (the first 200 of each). */
    @Transactional(readOnly = true)
    public List<String> actors() {
        return entries.distinct("actor", 200);
    }

    @Transactional(readOnly = true)
    public List<String> actions() {
        return entries.distinct("action", 200);
    }
}
