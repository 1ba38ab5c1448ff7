package com.loopin.leads;

import java.time.LocalDate;

/**
 * What staff filter leads by; every part may be null.
 *
 * @param number digits anywhere in the number, in any format ("98765 43", "+91-98765")
 * @param status {@code verified}, {@code unverified} or {@code test}
 * @param from first request on or after this day, in the business time zone
 * @param to first request on or before this day
 */
public record LeadFilter(String number, String status, LocalDate from, LocalDate to) {}
