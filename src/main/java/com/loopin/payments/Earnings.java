package com.loopin.payments;

import com.loopin.events.EventFacts;
import com.loopin.events.EventSeats;
import com.loopin.shared.BusinessTime;
import com.loopin.shared.Caller;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/** A host's money per event, from the ledger: what guests paid, the fee, refunds, their share and its hold. */
@Service
class Earnings {

    private final LedgerRepository ledger;
    private final EventSeats events;
    private final Duration payoutHold;
    private final BusinessTime time;
    private final Clock clock;

    Earnings(LedgerRepository ledger, EventSeats events, PaymentProperties properties, BusinessTime time, Clock clock) {
        this.ledger = ledger;
        this.events = events;
        this.payoutHold = properties.hostPayoutHold();
        this.time = time;
        this.clock = clock;
    }

    List<PayoutViews.EventEarnings> of(Caller caller) {
        long hostId = caller.requireUser();
        List<LedgerRepository.Earned> earned = ledger.earnedBy(hostId);
        Map<String, EventFacts> facts = events.findAll(
                earned.stream().map(LedgerRepository.Earned::eventId).toList());
        Instant now = clock.instant();
        return earned.stream()
                .map(row -> {
                    EventFacts event = facts.get(row.eventId());
                    Instant release = event == null ? null : event.endsAt().plus(payoutHold);
                    return new PayoutViews.EventEarnings(
                            row.eventId(),
                            event == null ? null : event.title(),
                            row.grossPaise(),
                            row.feePaise(),
                            row.refundedPaise(),
                            row.hostSharePaise(),
                            row.transferFailed()
                                    ? "transfer_failed"
                                    : release == null || now.isBefore(release) ? "on_hold" : "released",
                            release == null ? null : time.display(release));
                })
                .toList();
    }
}
