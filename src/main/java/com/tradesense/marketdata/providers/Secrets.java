package com.tradesense.marketdata.providers;

import java.util.regex.Pattern;

/** Keeps API keys out of logs, health details and exception messages. */
public final class Secrets {

    /** {@code apiKey=...} in a URL a provider handed back (Massive's next_url may carry one). */
    private static final Pattern KEY_PARAMETER = Pattern.compile("(?i)(api_?key=)[^&\\s\"]+");

    private Secrets() {
    }

    /** {@code text} with every occurrence of {@code secret} and any {@code apiKey=} query value replaced by ***. */
    public static String mask(String text, String secret) {
        if (text == null) {
            return null;
        }
        String masked = secret == null || secret.isBlank() ? text : text.replace(secret, "***");
        return KEY_PARAMETER.matcher(masked).replaceAll("$1***");
    }
}
