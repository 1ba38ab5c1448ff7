package com.loopin.going;

import static com.loopin.database.SqlValues.instant;
import static com.loopin.database.SqlValues.marks;
import static com.loopin.database.SqlValues.utc;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Every statement on {@code event_invitation} and {@code event_invitation_link}. */
@Repository
class InvitationRepository {

    private static final String COLUMNS = "id, event_id, user_id, invited_by, status, request_id, created_at";

    private final JdbcClient jdbc;

    InvitationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** @return false when the person was invited to this event before (the first invitation stands) */
    boolean insert(Invitation invitation, Instant now) {
        try {
            jdbc.sql("""
                            insert into event_invitation (id, event_id, user_id, invited_by, status, created_at, updated_at)
                            values (?, ?, ?, ?, ?, ?, ?)""")
                    .params(
                            invitation.id(),
                            invitation.eventId(),
                            invitation.userId(),
                            invitation.invitedBy(),
                            invitation.status(),
                            utc(now),
                            utc(now))
                    .update();
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    Optional<Invitation> find(String id) {
        return jdbc.sql("select " + COLUMNS + " from event_invitation where id = ?")
                .param(id)
                .query((row, n) -> invitation(row))
                .optional();
    }

    Optional<Invitation> find(String eventId, long userId) {
        return jdbc.sql("select " + COLUMNS + " from event_invitation where event_id = ? and user_id = ?")
                .params(eventId, userId)
                .query((row, n) -> invitation(row))
                .optional();
    }

    /** The people of these who were invited to the event before, whatever became of it. */
    Set<Long> invitedAmong(String eventId, Collection<Long> userIds) {
        if (userIds.isEmpty()) {
            return Set.of();
        }
        List<Object> params = new java.util.ArrayList<>();
        params.add(eventId);
        params.addAll(userIds);
        return Set.copyOf(jdbc.sql("select user_id from event_invitation where event_id = ? and user_id in ("
                        + marks(userIds.size()) + ")")
                .params(params)
                .query(Long.class)
                .list());
    }

    /** A person's invitations in this status, newest first. */
    List<Invitation> ofPerson(long userId, String status, int max) {
        return jdbc.sql(
                        "select " + COLUMNS
                                + " from event_invitation where user_id = ? and status = ? order by created_at desc, id limit ?")
                .params(userId, status, max)
                .query((row, n) -> invitation(row))
                .list();
    }

    /** The events a person holds a pending invitation to. */
    Set<String> eventsInvitedTo(long userId) {
        return Set.copyOf(jdbc.sql("select event_id from event_invitation where user_id = ? and status = 'pending'")
                .param(userId)
                .query(String.class)
                .list());
    }

    /** The person's invitations to these events. */
    List<Invitation> ofPersonFor(long userId, Collection<String> eventIds) {
        if (eventIds.isEmpty()) {
            return List.of();
        }
        List<Object> params = new java.util.ArrayList<>();
        params.add(userId);
        params.addAll(eventIds);
        return jdbc.sql("select " + COLUMNS + " from event_invitation where user_id = ? and event_id in ("
                        + marks(eventIds.size()) + ")")
                .params(params)
                .query((row, n) -> invitation(row))
                .list();
    }

    /** Whether the person was invited to the event and has not declined, or holds a request for it. */
    boolean opens(String eventId, long userId) {
        return jdbc.sql("""
                        select count(*) from event_invitation
                        where event_id = ? and user_id = ? and status in ('pending', 'accepted')""").params(eventId, userId).query(Long.class).single() > 0;
    }

    /**
     * Moves an invitation from pending to an answer.
     *
     * @return false when it was not pending (answered already, or cancelled)
     */
    boolean answer(String id, String status, String requestId, Instant now) {
        return jdbc.sql("""
                        update event_invitation set status = ?, request_id = ?, updated_at = ?
                        where id = ? and status = 'pending'""").params(status, requestId, utc(now), id).update() == 1;
    }

    /** Cancels the pending invitations between two people, either way (a block), or of a person (an account ends). */
    int cancelPendingOf(long userId, Long otherId, Instant now) {
        if (otherId == null) {
            return jdbc.sql("update event_invitation set status = 'cancelled', updated_at = ?"
                            + " where status = 'pending' and (user_id = ? or invited_by = ?)")
                    .params(utc(now), userId, userId)
                    .update();
        }
        return jdbc.sql("update event_invitation set status = 'cancelled', updated_at = ? where status = 'pending'"
                        + " and ((user_id = ? and invited_by = ?) or (user_id = ? and invited_by = ?))")
                .params(utc(now), userId, otherId, otherId, userId)
                .update();
    }

    void insertLink(String token, String eventId, long createdBy, Instant expiresAt, Instant now) {
        jdbc.sql("""
                        insert into event_invitation_link (token_hash, event_id, created_by, expires_at, created_at)
                        values (?, ?, ?, ?, ?)""")
                .params(hash(token), eventId, createdBy, utc(expiresAt), utc(now))
                .update();
    }

    /** Whether the token is a link of the event that is neither revoked nor expired. */
    boolean linkOpens(String eventId, String token, Instant now) {
        return jdbc.sql("""
                        select count(*) from event_invitation_link
                        where token_hash = ? and event_id = ? and revoked_at is null and expires_at > ?""")
                        .params(hash(token), eventId, utc(now))
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** @return false when the event has no such link, or it was revoked before */
    boolean revokeLink(String eventId, String token, Instant now) {
        return jdbc.sql("""
                        update event_invitation_link set revoked_at = ?
                        where token_hash = ? and event_id = ? and revoked_at is null""").params(utc(now), hash(token), eventId).update() == 1;
    }

    /** SHA-256 in hex: the table alone does not open events. */
    static String hash(String token) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 unavailable", e);
        }
    }

    private static Invitation invitation(ResultSet row) throws SQLException {
        return new Invitation(
                row.getString("id"),
                row.getString("event_id"),
                row.getLong("user_id"),
                row.getLong("invited_by"),
                row.getString("status"),
                row.getString("request_id"),
                instant(row, "created_at"));
    }
}
