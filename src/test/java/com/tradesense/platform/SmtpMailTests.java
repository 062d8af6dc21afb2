package com.tradesense.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.Duration;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.tradesense.IntegrationTest;
import com.tradesense.TestApi;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** With SMTP configured, mail really leaves over SMTP (to an in-process GreenMail server) and the dev mailbox is off. */
@IntegrationTest
class SmtpMailTests {

    // Started before the Spring context so its port can be handed to the application.
    static final GreenMail smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());

    static {
        smtp.setUser("tradesense", "tradesense");
        smtp.start();
    }

    @AfterAll
    static void stopSmtp() {
        smtp.stop();
    }

    @DynamicPropertySource
    static void smtpServer(DynamicPropertyRegistry registry) {
        registry.add("tradesense.mail.smtp-host", () -> "127.0.0.1");
        registry.add("tradesense.mail.smtp-port", () -> smtp.getSmtp().getPort());
        registry.add("tradesense.mail.smtp-starttls", () -> "false");
        registry.add("tradesense.mail.smtp-username", () -> "tradesense");
        registry.add("tradesense.mail.smtp-password", () -> "tradesense");
    }

    @Autowired
    TestApi api;

    @Test
    void sendsTheVerificationMailOverSmtp() throws Exception {
        String email = api.uniqueEmail();

        api.client().register(email);

        await().atMost(Duration.ofSeconds(10)).until(() -> smtp.getReceivedMessagesForDomain(email.substring(email.indexOf('@') + 1)).length == 1);
        MimeMessage mail = smtp.getReceivedMessagesForDomain(email.substring(email.indexOf('@') + 1))[0];
        assertThat(mail.getSubject()).isEqualTo("Confirm your email for TradeSense");
        assertThat(GreenMailUtil.getBody(mail)).contains("/verify-email?token=");
    }

    @Test
    void keepsTheDevelopmentMailboxClosed() throws Exception {
        assertThat(api.client().perform(get("/api/v1/dev/mailbox")).getResponse().getStatus()).isEqualTo(404);
        assertThat(api.json(api.client().perform(get("/api/v1/system/info"))).get("devMailbox").asBoolean()).isFalse();
    }
}
