package com.tradesense.identity.internal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

import com.tradesense.platform.Mailer;
import com.tradesense.platform.OutgoingMail;
import com.tradesense.platform.PlatformProperties;
import org.springframework.stereotype.Component;

/** The mails identity sends, each carrying a fresh single-use link. */
@Component
class AccountMails {

    private final OneTimeTokenStore tokens;
    private final Mailer mailer;
    private final PlatformProperties platform;
    private final IdentityProperties properties;

    AccountMails(OneTimeTokenStore tokens, Mailer mailer, PlatformProperties platform, IdentityProperties properties) {
        this.tokens = tokens;
        this.mailer = mailer;
        this.platform = platform;
        this.properties = properties;
    }

    void sendVerification(User user, Instant now) {
        String token = tokens.issue(user.id(), OneTimeTokenStore.Purpose.EMAIL_VERIFICATION, now,
                now.plus(properties.verificationTtl()));
        String link = platform.link("/verify-email?token=" + encode(token));
        mailer.send(new OutgoingMail(user.email(), "Confirm your email for TradeSense", """
                Hello %s,

                Welcome to TradeSense. Please confirm your email address by opening this link:

                %s

                The link works once and expires in %d hours. If you did not create this account, ignore this mail.

                TradeSense""".formatted(user.displayName(), link, properties.verificationTtl().toHours())));
    }

    void sendPasswordReset(User user, Instant now) {
        String token = tokens.issue(user.id(), OneTimeTokenStore.Purpose.PASSWORD_RESET, now,
                now.plus(properties.passwordResetTtl()));
        String link = platform.link("/reset-password?token=" + encode(token));
        mailer.send(new OutgoingMail(user.email(), "Reset your TradeSense password", """
                Hello %s,

                Someone (hopefully you) asked to reset the password of your TradeSense account. Choose a new one here:

                %s

                The link works once and expires in %d minutes. Resetting signs you out on every device.
                If you did not ask for this, ignore this mail: your password stays as it is.

                TradeSense""".formatted(user.displayName(), link, properties.passwordResetTtl().toMinutes())));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
