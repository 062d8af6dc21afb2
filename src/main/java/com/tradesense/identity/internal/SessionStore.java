package com.tradesense.identity.internal;

import static com.tradesense.platform.SqlTime.instant;
import static com.tradesense.platform.SqlTime.ts;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.tradesense.identity.UserId;
import com.tradesense.platform.ClientOrigin;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Logins (sessions) and the hashed refresh tokens that keep them alive. */
@Repository
class SessionStore {

    record Session(UUID id, UserId userId, String userAgent, String ipAddress, Instant createdAt, Instant lastUsedAt,
            Instant expiresAt, Instant revokedAt) {

        boolean activeAt(Instant now) {
            return revokedAt == null && expiresAt.isAfter(now);
        }
    }

    record RefreshToken(byte[] hash, UUID sessionId, Instant expiresAt, Instant usedAt) {
    }

    private final JdbcClient jdbc;

    SessionStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void create(Session session) {
        jdbc.sql("""
                insert into identity_sessions (id, user_id, user_agent, ip_address, created_at, last_used_at, expires_at)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(session.id(), session.userId().value(), session.userAgent(), session.ipAddress(),
                        ts(session.createdAt()), ts(session.lastUsedAt()), ts(session.expiresAt()))
                .update();
    }

    Optional<Session> findForUpdate(UUID id) {
        return jdbc.sql("select * from identity_sessions where id = ? for update").param(id)
                .query((rs, i) -> new Session(rs.getObject("id", UUID.class),
                        new UserId(rs.getObject("user_id", UUID.class)), rs.getString("user_agent"),
                        rs.getString("ip_address"), instant(rs, "created_at"), instant(rs, "last_used_at"),
                        instant(rs, "expires_at"), instant(rs, "revoked_at")))
                .optional();
    }

    List<Session> activeSessions(UserId userId, Instant now) {
        return jdbc.sql("""
                select * from identity_sessions where user_id = ? and revoked_at is null and expires_at > ?
                order by last_used_at desc""")
                .params(userId.value(), ts(now))
                .query((rs, i) -> new Session(rs.getObject("id", UUID.class), userId, rs.getString("user_agent"),
                        rs.getString("ip_address"), instant(rs, "created_at"), instant(rs, "last_used_at"),
                        instant(rs, "expires_at"), null))
                .list();
    }

    boolean isActive(UUID sessionId, Instant now) {
        return jdbc.sql("select count(*) from identity_sessions where id = ? and revoked_at is null and expires_at > ?")
                .params(sessionId, ts(now)).query(Long.class).single() > 0;
    }

    void touch(UUID sessionId, ClientOrigin origin, Instant now, Instant expiresAt) {
        jdbc.sql("update identity_sessions set last_used_at = ?, ip_address = ?, user_agent = coalesce(?, user_agent), "
                        + "expires_at = ? where id = ?")
                .params(ts(now), origin.ipAddress(), origin.userAgent(), ts(expiresAt), sessionId).update();
    }

    /** Revokes one session of the user; false when it is not theirs or already revoked. */
    boolean revoke(UserId userId, UUID sessionId, String reason, Instant now) {
        return jdbc.sql("update identity_sessions set revoked_at = ?, revoke_reason = ? "
                        + "where id = ? and user_id = ? and revoked_at is null")
                .params(ts(now), reason, sessionId, userId.value()).update() == 1;
    }

    /** Revokes every session of the user except {@code keep} (which may be null); returns the revoked ids. */
    List<UUID> revokeAll(UserId userId, UUID keep, String reason, Instant now) {
        return jdbc.sql("update identity_sessions set revoked_at = ?, revoke_reason = ? "
                        + "where user_id = ? and revoked_at is null and (?::uuid is null or id <> ?::uuid) returning id")
                .params(ts(now), reason, userId.value(), keep, keep)
                .query(UUID.class).list();
    }

    void storeRefreshToken(byte[] hash, UUID sessionId, Instant issuedAt, Instant expiresAt) {
        jdbc.sql("insert into identity_refresh_tokens (token_hash, session_id, issued_at, expires_at) values (?, ?, ?, ?)")
                .params(hash, sessionId, ts(issuedAt), ts(expiresAt)).update();
    }

    Optional<RefreshToken> findRefreshTokenForUpdate(byte[] hash) {
        return jdbc.sql("select * from identity_refresh_tokens where token_hash = ? for update").param(hash)
                .query((rs, i) -> new RefreshToken(rs.getBytes("token_hash"), rs.getObject("session_id", UUID.class),
                        instant(rs, "expires_at"), instant(rs, "used_at")))
                .optional();
    }

    /** Spends every still-unused refresh token of the login, so only the pair issued next stays valid. */
    void retireUnusedRefreshTokens(UUID sessionId, Instant now) {
        jdbc.sql("update identity_refresh_tokens set used_at = ? where session_id = ? and used_at is null")
                .params(ts(now), sessionId).update();
    }

    void markRefreshTokenUsed(byte[] hash, Instant now) {
        jdbc.sql("update identity_refresh_tokens set used_at = ? where token_hash = ?").params(ts(now), hash).update();
    }
}
