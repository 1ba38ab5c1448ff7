package com.loopin.pumping;

/** Codes sent to a segment and codes verified by its numbers, over some time. */
public record Counts(long requested, long verified) {

    public static final Counts NONE = new Counts(0, 0);

    Counts plus(Counts other) {
        return new Counts(requested + other.requested, verified + other.verified);
    }

    Counts minus(Counts other) {
        return new Counts(Math.max(0, requested - other.requested), Math.max(0, verified - other.verified));
    }

    /** Verified ÷ sent, between 0 and 1 (a verification of a code sent before the window can push it past 1). */
    public double conversion() {
        return requested == 0 ? 0 : Math.min(1.0, (double) verified / requested);
    }

    /** For people: "3 of 240 verified (1 %)". */
    public String describe() {
        return verified + " of " + requested + " verified (" + Math.round(conversion() * 100) + " %)";
    }
}
