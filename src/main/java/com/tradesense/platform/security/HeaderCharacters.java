package com.tradesense.platform.security;

import java.util.function.Predicate;

import org.springframework.security.web.firewall.StrictHttpFirewall;

/**
 * The firewall's rules for header names and values, as code-point scans: the same rules as
 * {@link StrictHttpFirewall#ALLOWED_HEADER_NAMES} and {@link StrictHttpFirewall#ALLOWED_HEADER_VALUES} (assigned
 * characters that are not controls; a value may hold tabs), whose regular expressions ran on every header read and
 * were 4-5% of an order request's CPU (docs/BENCHMARKS.md, durable orders).
 */
final class HeaderCharacters {

    static final Predicate<String> NAME = name -> allAssignedAndNotControl(name, false);
    static final Predicate<String> VALUE = value -> allAssignedAndNotControl(value, true);

    private HeaderCharacters() {
    }

    /** A firewall as strict as the default one, with these rules for headers. */
    static StrictHttpFirewall firewall() {
        StrictHttpFirewall firewall = new StrictHttpFirewall();
        firewall.setAllowedHeaderNames(NAME);
        firewall.setAllowedHeaderValues(VALUE);
        return firewall;
    }

    private static boolean allAssignedAndNotControl(String text, boolean tabAllowed) {
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            if (!Character.isDefined(codePoint)
                    || (Character.isISOControl(codePoint) && !(tabAllowed && codePoint == '\t'))) {
                return false;
            }
            i += Character.charCount(codePoint);
        }
        return true;
    }
}
