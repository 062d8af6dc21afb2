package com.tradesense.identity.internal;

import java.util.Locale;

/** One spelling per address: trimmed and lower-cased, so "Ann@X.com " and "ann@x.com" are the same account. */
final class Emails {

    private Emails() {
    }

    static String normalise(String email) {
        return email == null ? "" : email.trim().toLowerCase(Locale.ROOT);
    }

    /** For logs: "a***@example.com". */
    static String masked(String email) {
        int at = email.indexOf('@');
        return at <= 1 ? "***" + email.substring(Math.max(at, 0)) : email.charAt(0) + "***" + email.substring(at);
    }
}
