package com.tradesense.platform;

/** A plain-text transactional mail. Bodies may hold one-time tokens, so they are never logged. */
public record OutgoingMail(String to, String subject, String text) {
}
