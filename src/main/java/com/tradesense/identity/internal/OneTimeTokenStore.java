package com.tradesense.identity.internal;

import static com.tradesense.platform.SqlTime.ts;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import com.tradesense.identity.UserId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Single-use, expiring secrets mailed to users; stored hashed. */
@Repository
class OneTimeTokenStore {

    enum Purpose { EMAIL_VERIFICATION, PASSWORD_RESET }

    private final JdbcClient jdbc;

    OneTimeTokenStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Issues a new token, retiring the user's earlier unused ones of the same purpose. */
    String issue(UserId userId, Purpose purpose, Instant now, Instant expiresAt) {
        jdbc.sql("update identity_one_time_tokens set used_at = ? where user_id = ? and purpose = ? and used_at is null")
                .params(ts(now), userId.value(), purpose.name()).update();
        String token = SecureTokens.generate();
        jdbc.sql("insert into identity_one_time_tokens (token_hash, user_id, purpose, created_at, expires_at) "
                        + "values (?, ?, ?, ?, ?)")
                .params(SecureTokens.hash(token), userId.value(), purpose.name(), ts(now), ts(expiresAt)).update();
        return token;
    }

    /** Spends the token atomically: the user it belongs to, or empty when unknown, used, expired or for another purpose. */
    Optional<UserId> consume(String token, Purpose purpose, Instant now) {
        return jdbc.sql("""
                update identity_one_time_tokens set used_at = ?
                where token_hash = ? and purpose = ? and used_at is null and expires_at > ?
                returning user_id""")
                .params(ts(now), SecureTokens.hash(token), purpose.name(), ts(now))
                .query((rs, i) -> new UserId(rs.getObject("user_id", UUID.class))).optional();
    }
}
