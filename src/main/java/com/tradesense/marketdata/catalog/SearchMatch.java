package com.tradesense.marketdata.catalog;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import com.tradesense.marketdata.Instrument;

/**
 * How well an instrument answers a search, best first: what the user typed is most likely a ticker, then the start
 * of a company name, and only then a mistyped one of either.
 */
enum SearchMatch {
    EXACT_SYMBOL, SYMBOL_PREFIX, NAME_PREFIX, NEAR_SYMBOL, NEAR_NAME_WORD;

    /** Fuzzy matching on one- or two-letter queries would match almost everything. */
    static final int MIN_FUZZY_LENGTH = 3;

    static Optional<SearchMatch> of(Instrument instrument, String query) {
        String symbol = instrument.symbol();
        String upper = query.toUpperCase(Locale.ROOT);
        if (symbol.equals(upper)) {
            return Optional.of(EXACT_SYMBOL);
        }
        if (symbol.startsWith(upper)) {
            return Optional.of(SYMBOL_PREFIX);
        }
        String name = instrument.name().toLowerCase(Locale.ROOT);
        String lower = query.toLowerCase(Locale.ROOT);
        if (startsAtWordBoundary(name, lower)) {
            return Optional.of(NAME_PREFIX);
        }
        if (query.length() < MIN_FUZZY_LENGTH) {
            return Optional.empty();
        }
        if (EditDistance.between(symbol, upper) <= 1) {
            return Optional.of(NEAR_SYMBOL);
        }
        boolean nearWord = Arrays.stream(name.split("[^\\p{L}\\p{N}]+")).anyMatch(word -> nearlyStartsWith(word, lower));
        return nearWord ? Optional.of(NEAR_NAME_WORD) : Optional.empty();
    }

    /** "wafa" and "bank of" both start at a word of "Attijariwafa Bank of ..."? Only word starts count. */
    private static boolean startsAtWordBoundary(String name, String query) {
        for (int i = 0; i < name.length(); i++) {
            boolean wordStart = i == 0 || !Character.isLetterOrDigit(name.charAt(i - 1));
            if (wordStart && name.startsWith(query, i)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the word, or its beginning, is one edit away from the query: "attijri" finds "attijariwafa". The
     * beginning is tried one character shorter and longer than the query, so a missing or extra letter counts once.
     */
    private static boolean nearlyStartsWith(String word, String query) {
        for (int length = query.length() - 1; length <= query.length() + 1; length++) {
            if (length <= word.length() && EditDistance.between(word.substring(0, length), query) <= 1) {
                return true;
            }
        }
        return false;
    }
}
