package com.loopin.going;

/**
 * What happened to an invitation, published in the transaction that did it with what a message about it needs (the
 * notifications module delivers {@link Received} to the invitee).
 */
public sealed interface InvitationChanged {

    String invitationId();

    String eventId();

    record Received(String invitationId, String eventId, String eventTitle, long inviteeId, long hostId)
            implements InvitationChanged {}

    /** The invitee accepted ({@code requestId} is the request it made) or declined ({@code requestId} null). */
    record Answered(
            String invitationId, String eventId, String eventTitle, long inviteeId, long hostId, String requestId)
            implements InvitationChanged {}
}
