package com.loopin.going;

import java.util.List;

/**
 * A host's message to everyone going, published in the transaction that stored it with its recipients (the
 * notifications module delivers it as {@code host_message}).
 */
public record HostMessageSent(
        String messageId, String eventId, String eventTitle, long hostId, String text, List<Long> recipientIds) {}
