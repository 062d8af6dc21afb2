package com.tradesense.identity;

import java.time.Instant;
import java.util.Set;

import com.tradesense.platform.ClientOrigin;

/**
 * What happened to an identity, as other modules (the audit log first) learn it. {@code userId} is null only when
 * the email matched no account.
 */
public sealed interface IdentityEvent {

    UserId userId();

    String email();

    ClientOrigin origin();

    Instant occurredAt();

    record UserRegistered(UserId userId, String email, ClientOrigin origin, Instant occurredAt)
            implements IdentityEvent {
    }

    record EmailVerified(UserId userId, String email, ClientOrigin origin, Instant occurredAt)
            implements IdentityEvent {
    }

    record LoginSucceeded(UserId userId, String email, ClientOrigin origin, Instant occurredAt, String sessionId)
            implements IdentityEvent {
    }

    record LoginFailed(UserId userId, String email, ClientOrigin origin, Instant occurredAt, String reason)
            implements IdentityEvent {
    }

    /** Too many failed sign-ins: further attempts by this account ({@code scope=ACCOUNT}) or IP are refused. */
    record AccountLocked(UserId userId, String email, ClientOrigin origin, Instant occurredAt, String scope,
            long lockedForSeconds) implements IdentityEvent {
    }

    record PasswordChanged(UserId userId, String email, ClientOrigin origin, Instant occurredAt)
            implements IdentityEvent {
    }

    record PasswordResetCompleted(UserId userId, String email, ClientOrigin origin, Instant occurredAt)
            implements IdentityEvent {
    }

    record RolesChanged(UserId userId, String email, ClientOrigin origin, Instant occurredAt, UserId changedBy,
            Set<Role> before, Set<Role> after) implements IdentityEvent {
    }

    /** A refresh token was presented a second time: its whole login was revoked as possibly stolen. */
    record RefreshTokenReused(UserId userId, String email, ClientOrigin origin, Instant occurredAt, String sessionId)
            implements IdentityEvent {
    }
}
