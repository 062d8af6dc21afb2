package com.tradesense.platform.mail;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import com.tradesense.platform.AfterCommit;
import com.tradesense.platform.Mailer;
import com.tradesense.platform.OutgoingMail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * Delivers over SMTP on a background thread once the caller's transaction has committed, retrying a few times.
 * Only the subject is logged: bodies carry one-time tokens.
 */
class SmtpMailer implements Mailer, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(SmtpMailer.class);
    private static final int ATTEMPTS = 3;

    private final JavaMailSender sender;
    private final String from;
    private final ExecutorService executor = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS,
            new LinkedBlockingQueue<>(10_000), runnable -> {
                Thread thread = new Thread(runnable, "smtp-mailer");
                thread.setDaemon(true);
                return thread;
            });

    SmtpMailer(JavaMailSender sender, String from) {
        this.sender = sender;
        this.from = from;
    }

    @Override
    public void send(OutgoingMail mail) {
        AfterCommit.run(() -> enqueue(mail));
    }

    private void enqueue(OutgoingMail mail) {
        executor.execute(() -> deliver(mail));
    }

    private void deliver(OutgoingMail mail) {
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(mail.to());
        message.setSubject(mail.subject());
        message.setText(mail.text());
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            try {
                sender.send(message);
                log.info("Sent mail '{}'", mail.subject());
                return;
            } catch (MailException ex) {
                log.warn("Mail '{}' failed (attempt {}/{}): {}", mail.subject(), attempt, ATTEMPTS, ex.getMessage());
                sleep(attempt * 1000L);
            }
        }
        log.error("Gave up delivering mail '{}'", mail.subject());
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void destroy() throws InterruptedException {
        executor.shutdown();
        executor.awaitTermination(10, TimeUnit.SECONDS);
    }
}
