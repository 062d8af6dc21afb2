package com.tradesense.platform;

/**
 * Sends transactional mail. Delivery happens after the caller's transaction commits, so a mail never announces
 * something that was rolled back, and a slow or failing SMTP server never fails the request that caused it.
 */
public interface Mailer {

    void send(OutgoingMail mail);
}
