package com.loopin.leads;

import java.time.LocalDate;
import java.util.ArrayList;

/**
 * What staff filter leads by; every part may be null.
 *
 * @param number digits anywhere in the number, in any format ("98765 43", "+91-98765")
 * @param status {@code verified}, {@code unverified} or {@code test}
 * @param from first request on or after this day, in the business time zone
 * @param to first request on or before this day
 */
public record LeadFilter(String number, String status, LocalDate from, LocalDate to) {

    /** The parts in use, for people: "number=98765, status=verified", or "none". */
    public String describe() {
        var parts = new ArrayList<String>();
        if (number != null && !number.isBlank()) {
            parts.add("number=" + number.strip());
        }
        if (status != null && !status.isBlank()) {
            parts.add("status=" + status);
        }
        if (from != null) {
            parts.add("from=" + from);
        }
        if (to != null) {
            parts.add("to=" + to);
        }
        return parts.isEmpty() ? "none" : String.join(", ", parts);
    }
}
