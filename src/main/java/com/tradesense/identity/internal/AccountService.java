package com.tradesense.identity.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import com.tradesense.identity.IdentityEvent;
import com.tradesense.identity.UserId;
import com.tradesense.platform.ApiException;
import com.tradesense.platform.ClientOrigin;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What a person does with their own account: profile, email verification, password change and reset. */
@Service
public class AccountService {

    private final UserRepository users;
    private final OneTimeTokenStore tokens;
    private final AccountMails mails;
    private final AuthService auth;
    private final PasswordEncoder passwords;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AccountService(UserRepository users, OneTimeTokenStore tokens, AccountMails mails, AuthService auth,
            PasswordEncoder passwords, ApplicationEventPublisher events, Clock clock) {
        this.users = users;
        this.tokens = tokens;
        this.mails = mails;
        this.auth = auth;
        this.passwords = passwords;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public User user(UserId id) {
        return users.findById(id).orElseThrow(
                () -> ApiException.unauthorized("UNAUTHENTICATED", "The account of this token no longer exists."));
    }

    @Transactional
    public User updateProfile(UserId id, String displayName, String locale) {
        User current = user(id);
        users.updateProfile(id, displayName == null ? current.displayName() : displayName.trim(),
                locale == null ? current.locale() : locale, clock.instant());
        return user(id);
    }

    @Transactional
    public void verifyEmail(String token, ClientOrigin origin) {
        Instant now = clock.instant();
        UserId id = tokens.consume(token, OneTimeTokenStore.Purpose.EMAIL_VERIFICATION, now)
                .orElseThrow(() -> ApiException.badRequest("INVALID_TOKEN", "token",
                        "This verification link is invalid, already used or expired."));
        users.markEmailVerified(id, now);
        events.publishEvent(new IdentityEvent.EmailVerified(id, user(id).email(), origin, now));
    }

    @Transactional
    public void resendVerification(UserId id) {
        User user = user(id);
        if (user.emailVerified()) {
            throw ApiException.conflict("EMAIL_ALREADY_VERIFIED", "This email address is already verified.");
        }
        mails.sendVerification(user, clock.instant());
    }

    /** Mails a reset link when the address has an account; says nothing either way, so no one learns which exist. */
    @Transactional
    public void forgotPassword(String email) {
        users.findByEmail(Emails.normalise(email)).ifPresent(user -> mails.sendPasswordReset(user, clock.instant()));
    }

    @Transactional
    public void resetPassword(String token, String newPassword, ClientOrigin origin) {
        auth.requireAcceptablePassword("newPassword", newPassword);
        Instant now = clock.instant();
        UserId id = tokens.consume(token, OneTimeTokenStore.Purpose.PASSWORD_RESET, now)
                .orElseThrow(() -> ApiException.badRequest("INVALID_TOKEN", "token",
                        "This reset link is invalid, already used or expired."));
        users.updatePassword(id, passwords.encode(newPassword), now);
        // Whoever could open the mail owns the mailbox: the address is proven too.
        users.markEmailVerified(id, now);
        auth.revokeAllSessions(id, null, "PASSWORD_RESET");
        events.publishEvent(new IdentityEvent.PasswordResetCompleted(id, user(id).email(), origin, now));
    }

    @Transactional
    public void changePassword(UserId id, UUID currentSession, String currentPassword, String newPassword,
            ClientOrigin origin) {
        User user = user(id);
        if (!passwords.matches(currentPassword, user.passwordHash())) {
            throw ApiException.badRequest("WRONG_PASSWORD", "currentPassword", "The current password is incorrect.");
        }
        auth.requireAcceptablePassword("newPassword", newPassword);
        Instant now = clock.instant();
        users.updatePassword(id, passwords.encode(newPassword), now);
        auth.revokeAllSessions(id, currentSession, "PASSWORD_CHANGED");
        events.publishEvent(new IdentityEvent.PasswordChanged(id, user.email(), origin, now));
    }
}
