package com.tradesense.platform.mail;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.tradesense.platform.Mailer;
import com.tradesense.platform.OutgoingMail;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Keeps mail in the database instead of sending it, so a developer can open the verification link from
 * {@code /dev/mailbox}. Written in the caller's transaction: a rolled-back registration leaves no mail.
 */
class DevMailbox implements Mailer {

    private static final int SHOWN = 100;

    private final JdbcClient jdbc;
    private final Clock clock;

    DevMailbox(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A mail as the development mailbox shows it. */
    public record MailboxMessage(UUID id, String to, String subject, String text, Instant sentAt) {
    }

    @Override
    public void send(OutgoingMail mail) {
        jdbc.sql("insert into platform_dev_mailbox (id, recipient, subject, body, sent_at) values (?, ?, ?, ?, ?)")
                .params(UUID.randomUUID(), mail.to(), mail.subject(), mail.text(),
                        java.sql.Timestamp.from(clock.instant()))
                .update();
    }

    List<MailboxMessage> latest() {
        return jdbc.sql("select id, recipient, subject, body, sent_at from platform_dev_mailbox order by sent_at desc limit ?")
                .param(SHOWN)
                .query((rs, i) -> new MailboxMessage(rs.getObject("id", UUID.class), rs.getString("recipient"),
                        rs.getString("subject"), rs.getString("body"), rs.getTimestamp("sent_at").toInstant()))
                .list();
    }
}
