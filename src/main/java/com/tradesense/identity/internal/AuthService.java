package com.tradesense.identity.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.tradesense.identity.IdentityEvent;
import com.tradesense.identity.Role;
import com.tradesense.identity.UserId;
import com.tradesense.platform.AfterCommit;
import com.tradesense.platform.ApiException;
import com.tradesense.platform.ClientOrigin;
import com.tradesense.platform.FieldViolation;
import com.tradesense.platform.RateLimitResult;
import com.tradesense.platform.RateLimitRule;
import com.tradesense.platform.RateLimiter;
import com.tradesense.platform.TooManyRequestsException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registration, sign-in and the life of a login. Refresh tokens rotate on every use; presenting a used one again
 * (after a few seconds' grace for clients that lost the response) means it was copied, so the whole login is revoked. Failures that must leave a trace (failed sign-ins, reuse
 * detection) commit before the refusal is reported.
 */
@Service
public class AuthService {

    /** What a successful sign-in or refresh hands to the client. */
    public record Tokens(String accessToken, String refreshToken, long expiresIn, User user) {
    }

    private final UserRepository users;
    private final SessionStore sessions;
    private final AccessTokens accessTokens;
    private final ActiveSessionValidator sessionValidator;
    private final PasswordEncoder passwords;
    private final PasswordPolicy policy;
    private final RateLimiter limiter;
    private final AccountMails mails;
    private final ApplicationEventPublisher events;
    private final IdentityProperties properties;
    private final Clock clock;
    private final String unknownUserHash;

    AuthService(UserRepository users, SessionStore sessions, AccessTokens accessTokens,
            ActiveSessionValidator sessionValidator, PasswordEncoder passwords, PasswordPolicy policy,
            RateLimiter limiter, AccountMails mails, ApplicationEventPublisher events, IdentityProperties properties,
            Clock clock) {
        this.users = users;
        this.sessions = sessions;
        this.accessTokens = accessTokens;
        this.sessionValidator = sessionValidator;
        this.passwords = passwords;
        this.policy = policy;
        this.limiter = limiter;
        this.mails = mails;
        this.events = events;
        this.properties = properties;
        this.clock = clock;
        // Unknown emails are checked against this hash so they cost as much time as a wrong password.
        this.unknownUserHash = passwords.encode(SecureTokens.generate());
    }

    @Transactional
    public User register(String email, String password, String displayName, String locale, ClientOrigin origin) {
        String normalised = Emails.normalise(email);
        requireAcceptablePassword("password", password);
        Instant now = clock.instant();
        User user = new User(new UserId(UUID.randomUUID()), normalised, passwords.encode(password),
                displayName.trim(), EnumSet.of(Role.USER), locale, null, now);
        if (!users.insertIfEmailFree(user)) {
            throw ApiException.conflict("EMAIL_ALREADY_REGISTERED", "An account with this email already exists.");
        }
        mails.sendVerification(user, now);
        events.publishEvent(new IdentityEvent.UserRegistered(user.id(), normalised, origin, now));
        return user;
    }

    @Transactional(noRollbackFor = ApiException.class)
    public Tokens login(String email, String password, ClientOrigin origin) {
        String normalised = Emails.normalise(email);
        Instant now = clock.instant();
        RateLimitRule rule = new RateLimitRule(properties.loginFailureLimit(), properties.loginFailureWindow());
        String accountKey = "login-failures:account:" + normalised;
        String ipKey = "login-failures:ip:" + origin.ipAddress();
        Optional<User> found = users.findByEmail(normalised);
        UserId userId = found.map(User::id).orElse(null);

        RateLimitResult accountProbe = limiter.probe(accountKey, rule);
        RateLimitResult ipProbe = limiter.probe(ipKey, rule);
        if (!accountProbe.allowed() || !ipProbe.allowed()) {
            events.publishEvent(new IdentityEvent.LoginFailed(userId, normalised, origin, now, "LOCKED_OUT"));
            Duration wait = max(accountProbe.retryAfter(), ipProbe.retryAfter());
            throw new TooManyRequestsException("TOO_MANY_LOGIN_ATTEMPTS",
                    "Too many failed sign-in attempts. Try again in " + minutes(wait) + ".", wait);
        }

        boolean matches = passwords.matches(password, found.map(User::passwordHash).orElse(unknownUserHash));
        if (!matches || found.isEmpty()) {
            RateLimitResult account = limiter.tryConsume(accountKey, rule);
            RateLimitResult ip = limiter.tryConsume(ipKey, rule);
            events.publishEvent(new IdentityEvent.LoginFailed(userId, normalised, origin, now,
                    found.isEmpty() ? "UNKNOWN_EMAIL" : "WRONG_PASSWORD"));
            if (account.remaining() == 0 || ip.remaining() == 0) {
                String scope = account.remaining() == 0 ? "ACCOUNT" : "IP";
                events.publishEvent(new IdentityEvent.AccountLocked(userId, normalised, origin, now, scope,
                        properties.loginFailureWindow().toSeconds()));
            }
            throw ApiException.unauthorized("INVALID_CREDENTIALS", "The email or password is incorrect.");
        }

        User user = found.get();
        if (passwords.upgradeEncoding(user.passwordHash())) {
            users.updatePassword(user.id(), passwords.encode(password), now);
        }
        UUID sessionId = UUID.randomUUID();
        sessions.create(new SessionStore.Session(sessionId, user.id(), origin.userAgent(), origin.ipAddress(), now,
                now, now.plus(properties.refreshTokenTtl()), null));
        events.publishEvent(new IdentityEvent.LoginSucceeded(user.id(), normalised, origin, now, sessionId.toString()));
        return issueTokens(user, sessionId, now);
    }

    @Transactional(noRollbackFor = ApiException.class)
    public Tokens refresh(String refreshToken, ClientOrigin origin) {
        Instant now = clock.instant();
        byte[] hash = SecureTokens.hash(refreshToken);
        SessionStore.RefreshToken token = sessions.findRefreshTokenForUpdate(hash)
                .orElseThrow(() -> ApiException.unauthorized("INVALID_REFRESH_TOKEN", "The refresh token is not valid."));
        SessionStore.Session session = sessions.findForUpdate(token.sessionId())
                .orElseThrow(() -> ApiException.unauthorized("INVALID_REFRESH_TOKEN", "The refresh token is not valid."));
        if (!session.activeAt(now)) {
            throw ApiException.unauthorized("SESSION_REVOKED", "This login has ended. Please sign in again.");
        }
        User user = users.findById(session.userId())
                .orElseThrow(() -> ApiException.unauthorized("INVALID_REFRESH_TOKEN", "The refresh token is not valid."));
        if (token.usedAt() != null && token.usedAt().plus(properties.refreshReuseGrace()).isAfter(now)) {
            sessions.retireUnusedRefreshTokens(session.id(), now);
            sessions.touch(session.id(), origin, now, now.plus(properties.refreshTokenTtl()));
            return issueTokens(user, session.id(), now);
        }
        if (token.usedAt() != null) {
            sessions.revoke(session.userId(), session.id(), "REFRESH_TOKEN_REUSED", now);
            forgetAfterCommit(List.of(session.id()));
            events.publishEvent(new IdentityEvent.RefreshTokenReused(user.id(), user.email(), origin, now,
                    session.id().toString()));
            throw ApiException.unauthorized("REFRESH_TOKEN_REUSED",
                    "This refresh token was already used; the login has been revoked. Please sign in again.");
        }
        if (!token.expiresAt().isAfter(now)) {
            throw ApiException.unauthorized("REFRESH_TOKEN_EXPIRED", "The refresh token has expired.");
        }
        sessions.markRefreshTokenUsed(hash, now);
        sessions.touch(session.id(), origin, now, now.plus(properties.refreshTokenTtl()));
        return issueTokens(user, session.id(), now);
    }

    /** Ends the login the token belongs to. Unknown or already-ended tokens are fine: logging out is idempotent. */
    @Transactional
    public void logout(String refreshToken) {
        Instant now = clock.instant();
        sessions.findRefreshTokenForUpdate(SecureTokens.hash(refreshToken))
                .flatMap(token -> sessions.findForUpdate(token.sessionId()))
                .ifPresent(session -> {
                    sessions.revoke(session.userId(), session.id(), "LOGOUT", now);
                    forgetAfterCommit(List.of(session.id()));
                });
    }

    @Transactional(readOnly = true)
    public List<SessionStore.Session> activeSessions(UserId userId) {
        return sessions.activeSessions(userId, clock.instant());
    }

    @Transactional
    public void revokeSession(UserId userId, UUID sessionId) {
        if (!sessions.revoke(userId, sessionId, "REVOKED_BY_USER", clock.instant())) {
            throw ApiException.notFound("SESSION_NOT_FOUND", "No active session with this id.");
        }
        forgetAfterCommit(List.of(sessionId));
    }

    /** Ends every login of the user except {@code keep}; used after password changes and resets. */
    void revokeAllSessions(UserId userId, UUID keep, String reason) {
        forgetAfterCommit(sessions.revokeAll(userId, keep, reason, clock.instant()));
    }

    void requireAcceptablePassword(String field, String password) {
        List<String> broken = policy.violations(password);
        if (!broken.isEmpty()) {
            throw new ApiException(400, "WEAK_PASSWORD", "The password " + String.join(", ", broken) + ".",
                    broken.stream().map(message -> new FieldViolation(field, message)).toList());
        }
    }

    private Tokens issueTokens(User user, UUID sessionId, Instant now) {
        String refresh = SecureTokens.generate();
        sessions.storeRefreshToken(SecureTokens.hash(refresh), sessionId, now, now.plus(properties.refreshTokenTtl()));
        return new Tokens(accessTokens.issue(user, sessionId, now), refresh, accessTokens.expiresInSeconds(), user);
    }

    private void forgetAfterCommit(Collection<UUID> sessionIds) {
        AfterCommit.run(() -> sessionIds.forEach(sessionValidator::forget));
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    private static String minutes(Duration wait) {
        long minutes = Math.max(1, (wait.toSeconds() + 59) / 60);
        return minutes == 1 ? "1 minute" : minutes + " minutes";
    }
}
