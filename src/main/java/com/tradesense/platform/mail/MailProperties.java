package com.tradesense.platform.mail;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Outgoing mail. With no {@code smtpHost}, mail goes to the development mailbox (outside production mode).
 */
@ConfigurationProperties("tradesense.mail")
public record MailProperties(
        String smtpHost,
        @DefaultValue("587") int smtpPort,
        String smtpUsername,
        String smtpPassword,
        @DefaultValue("true") boolean smtpStarttls,
        @DefaultValue("TradeSense <no-reply@tradesense.local>") String from) {

    boolean smtpConfigured() {
        return smtpHost != null && !smtpHost.isBlank();
    }
}
