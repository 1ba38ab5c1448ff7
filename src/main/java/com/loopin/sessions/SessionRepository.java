package com.loopin.sessions;

import static com.loopin.database.SqlValues.instant;
import static com.loopin.database.SqlValues.utc;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Every statement on the module's tables: {@code auth_session}, its {@code refresh_token}s, and {@code
 * ended_session} (sessions whose rows are deleted with their account, remembered until no token of theirs can be
 * alive). Changes that race are conditional statements checked by their row count.
 */
@Repository
class SessionRepository {

    private final JdbcClient jdbc;

    SessionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(AuthSession session, Instant now) {
        jdbc.sql("""
                        insert into auth_session (id, user_id, created_at, last_used_at, expires_at)
                        values (?, ?, ?, ?, ?)""")
                .params(session.id(), session.userId(), utc(now), utc(now), utc(session.expiresAt()))
                .update();
    }

    Optional<AuthSession> find(UUID id) {
        return jdbc.sql("select id, user_id, expires_at, revoked_at from auth_session where id = ?")
                .param(id)
                .query(SessionRepository::session)
                .optional();
    }

    /** The session, locked until the transaction ends: rotations of one session happen one at a time. */
    Optional<AuthSession> lock(UUID id) {
        return jdbc.sql("select id, user_id, expires_at, revoked_at from auth_session where id = ? for update")
                .param(id)
                .query(SessionRepository::session)
                .optional();
    }

    void markUsed(UUID id, Instant now) {
        jdbc.sql("update auth_session set last_used_at = ? where id = ?")
                .params(utc(now), id)
                .update();
    }

    /** False when the session had already ended. */
    boolean revoke(UUID id, Instant now) {
        return jdbc.sql("update auth_session set revoked_at = ? where id = ? and revoked_at is null")
                        .params(utc(now), id)
                        .update()
                > 0;
    }

    void revokeAllOf(long userId, Instant now) {
        jdbc.sql("update auth_session set revoked_at = ? where user_id = ? and revoked_at is null")
                .params(utc(now), userId)
                .update();
    }

    List<UUID> liveIdsOf(long userId) {
        return jdbc.sql("select id from auth_session where user_id = ? and revoked_at is null")
                .param(userId)
                .query(UUID.class)
                .list();
    }

    void insertRefreshToken(UUID sessionId, String tokenHash, Instant now, Instant expiresAt) {
        jdbc.sql("insert into refresh_token (session_id, token_hash, created_at, expires_at) values (?, ?, ?, ?)")
                .params(sessionId, tokenHash, utc(now), utc(expiresAt))
                .update();
    }

    Optional<RefreshToken> findRefreshToken(String tokenHash) {
        return jdbc.sql("select id, session_id, expires_at, retired_at from refresh_token where token_hash = ?")
                .param(tokenHash)
                .query((row, i) -> new RefreshToken(
                        row.getLong("id"),
                        row.getObject("session_id", UUID.class),
                        instant(row, "expires_at"),
                        instant(row, "retired_at")))
                .optional();
    }

    /** Retires a live token; false means another request retired it first. */
    boolean retireRefreshToken(long id, Instant now) {
        return jdbc.sql("update refresh_token set retired_at = ? where id = ? and retired_at is null")
                        .params(utc(now), id)
                        .update()
                == 1;
    }

    /** Retires every live token of the session: a session has at most one live refresh token. */
    void retireRefreshTokensOf(UUID sessionId, Instant now) {
        jdbc.sql("update refresh_token set retired_at = ? where session_id = ? and retired_at is null")
                .params(utc(now), sessionId)
                .update();
    }

    Instant refreshTokenRetiredAt(long id) {
        return jdbc.sql("select retired_at from refresh_token where id = ?")
                .param(id)
                .query((row, i) -> instant(row, "retired_at"))
                .single();
    }

    /** Sessions about to be deleted with their account: remembered as ended after their rows are gone. */
    void rememberEnded(Collection<UUID> ids, Instant now) {
        for (UUID id : ids) {
            jdbc.sql("insert into ended_session (session_id, ended_at) values (?, ?) on conflict do nothing")
                    .params(id, utc(now))
                    .update();
        }
    }

    /** Every session that ended after the instant, revoked or deleted. */
    List<UUID> endedSince(Instant since) {
        return jdbc.sql("""
                        select id from auth_session where revoked_at > ?
                        union all
                        select session_id from ended_session where ended_at > ?""").params(utc(since), utc(since)).query(UUID.class).list();
    }

    void forgetEndedBefore(Instant cutoff) {
        jdbc.sql("delete from ended_session where ended_at < ?")
                .params(utc(cutoff))
                .update();
    }

    private static AuthSession session(java.sql.ResultSet row, int rowNumber) throws java.sql.SQLException {
        return new AuthSession(
                row.getObject("id", UUID.class),
                row.getLong("user_id"),
                instant(row, "expires_at"),
                instant(row, "revoked_at"));
    }
}
