package com.tradesense.platform.mail;

/** Whether sent mail is kept in the development mailbox instead of leaving the machine. */
public record DevMailboxStatus(boolean enabled) {
}
