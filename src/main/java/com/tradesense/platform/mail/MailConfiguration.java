package com.tradesense.platform.mail;

import java.util.Properties;

import com.tradesense.platform.Mailer;
import com.tradesense.platform.PlatformProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/** Chooses where mail goes: SMTP when configured, the development mailbox otherwise, nowhere in bare production. */
@Configuration(proxyBeanMethods = false)
class MailConfiguration {

    private static final Logger log = LoggerFactory.getLogger(MailConfiguration.class);

    @Bean
    DevMailboxStatus devMailboxStatus(MailProperties mail, PlatformProperties platform) {
        return new DevMailboxStatus(!mail.smtpConfigured() && !platform.production());
    }

    @Bean
    Mailer mailer(MailProperties mail, DevMailboxStatus mailbox, JdbcClient jdbc, java.time.Clock clock) {
        if (mail.smtpConfigured()) {
            log.info("Mail is delivered through SMTP at {}:{}", mail.smtpHost(), mail.smtpPort());
            return new SmtpMailer(smtpSender(mail), mail.from());
        }
        if (mailbox.enabled()) {
            log.info("No SMTP_HOST set: mail is kept in the development mailbox at /dev/mailbox");
            return new DevMailbox(jdbc, clock);
        }
        log.warn("Production mode without SMTP_HOST: mail cannot be delivered and is dropped");
        return outgoing -> log.warn("Dropped mail '{}': no SMTP server configured", outgoing.subject());
    }

    private static JavaMailSenderImpl smtpSender(MailProperties mail) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost(mail.smtpHost());
        sender.setPort(mail.smtpPort());
        boolean authenticate = mail.smtpUsername() != null && !mail.smtpUsername().isBlank();
        if (authenticate) {
            sender.setUsername(mail.smtpUsername());
            sender.setPassword(mail.smtpPassword());
        }
        sender.setDefaultEncoding("UTF-8");
        Properties properties = sender.getJavaMailProperties();
        properties.put("mail.smtp.auth", Boolean.toString(authenticate));
        properties.put("mail.smtp.starttls.enable", Boolean.toString(mail.smtpStarttls()));
        properties.put("mail.smtp.connectiontimeout", "5000");
        properties.put("mail.smtp.timeout", "10000");
        properties.put("mail.smtp.writetimeout", "10000");
        return sender;
    }
}
