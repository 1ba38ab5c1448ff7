package com.loopin.events;

/**
 * Whether people can pay for events here: implemented by the payments module, which knows whether a gateway is
 * configured. Without it, a paid event is refused ({@code PAID_EVENTS_UNAVAILABLE}).
 */
public interface PaidEvents {

    boolean available();

    /** Whether the host can be paid: their payout account is activated at the gateway. */
    boolean payoutReady(long hostId);
}
