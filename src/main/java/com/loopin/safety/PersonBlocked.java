package com.loopin.safety;

/**
 * One person blocked another, published in the transaction that did it: the going module ends what joined them
 * (live requests and pending invitations, either way).
 */
public record PersonBlocked(long blockerId, long blockedId) {}
