package com.loopin.pumping;

/**
 * What a segment was sent over some time: codes sent, codes verified, and the evidence behind them: how many
 * different numbers the codes went to, how many different clients asked for them, and how many sends the
 * provider refused.
 */
public record Counts(long requested, long verified, long numbers, long clients, long failed) {

    public static final Counts NONE = new Counts(0, 0, 0, 0, 0);

    /** Codes sent and verified alone (charts and reports, where the evidence does not matter). */
    public Counts(long requested, long verified) {
        this(requested, verified, 0, 0, 0);
    }

    Counts plus(Counts other) {
        return new Counts(
                requested + other.requested,
                verified + other.verified,
                numbers + other.numbers,
                clients + other.clients,
                failed + other.failed);
    }

    Counts minus(Counts other) {
        return new Counts(
                Math.max(0, requested - other.requested),
                Math.max(0, verified - other.verified),
                Math.max(0, numbers - other.numbers),
                Math.max(0, clients - other.clients),
                Math.max(0, failed - other.failed));
    }

    /** Verified ÷ sent, between 0 and 1 (a verification of a code sent before the window can push it past 1). */
    public double conversion() {
        return requested == 0 ? 0 : Math.min(1.0, (double) verified / requested);
    }

    /** Refused sends ÷ attempted sends. */
    double failure() {
        long attempted = requested + failed;
        return attempted == 0 ? 0 : (double) failed / attempted;
    }

    /** For people: "3 of 240 verified (1 %)". */
    public String describe() {
        return verified + " of " + requested + " verified (" + Math.round(conversion() * 100) + " %)";
    }

    /** For people, with the evidence: "3 of 240 verified (1 %), 238 numbers, 41 clients". */
    String describeEvidence() {
        return describe() + ", " + count(numbers, "number") + ", " + count(clients, "client");
    }

    static String count(long howMany, String what) {
        return howMany + " " + what + (howMany == 1 ? "" : "s");
    }
}
