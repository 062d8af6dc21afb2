package com.tradesense.identity.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The password rules, each small and named: at least 8 characters with an upper-case letter, a lower-case letter,
 * a digit and a special character, and not a commonly used password (nor a disguised one such as
 * {@code P@ssw0rd2024!}).
 */
public final class PasswordPolicy {

    static final int MIN_LENGTH = 8;
    static final int MAX_LENGTH = 128;

    private record Rule(String message, Predicate<String> satisfiedBy) {
    }

    private final List<Rule> rules;

    public PasswordPolicy(Set<String> commonPasswords) {
        this.rules = List.of(
                new Rule("must be at least " + MIN_LENGTH + " characters long", p -> p.length() >= MIN_LENGTH),
                new Rule("must be at most " + MAX_LENGTH + " characters long", p -> p.length() <= MAX_LENGTH),
                new Rule("must contain an upper-case letter", p -> p.chars().anyMatch(Character::isUpperCase)),
                new Rule("must contain a lower-case letter", p -> p.chars().anyMatch(Character::isLowerCase)),
                new Rule("must contain a digit", p -> p.chars().anyMatch(Character::isDigit)),
                new Rule("must contain a special character",
                        p -> p.chars().anyMatch(c -> !Character.isLetterOrDigit(c) && !Character.isWhitespace(c))),
                new Rule("is too common; choose something harder to guess", p -> !isCommon(p, commonPasswords)));
    }

    public static PasswordPolicy fromClasspath() {
        try (InputStream in = PasswordPolicy.class.getResourceAsStream("/identity/common-passwords.txt")) {
            if (in == null) {
                throw new IllegalStateException("identity/common-passwords.txt is missing from the classpath");
            }
            Set<String> words = new HashSet<>();
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                reader.lines().map(String::trim).filter(line -> !line.isEmpty() && !line.startsWith("#"))
                        .forEach(words::add);
            }
            return new PasswordPolicy(words);
        } catch (IOException ex) {
            throw new IllegalStateException("cannot read the common password list", ex);
        }
    }

    /** Every rule the candidate breaks, in a stable order; empty when it is acceptable. */
    public List<String> violations(String candidate) {
        List<String> broken = new ArrayList<>();
        for (Rule rule : rules) {
            if (!rule.satisfiedBy().test(candidate)) {
                broken.add(rule.message());
            }
        }
        return broken;
    }

    private static boolean isCommon(String password, Set<String> common) {
        String lower = password.toLowerCase(Locale.ROOT);
        return common.contains(lower) || common.contains(stem(lower)) || common.contains(undoLeet(trim(lower)));
    }

    /** "p@ssw0rd!" -> "password": undo leetspeak, then drop digits and symbols around the word. */
    static String stem(String lower) {
        return trim(undoLeet(lower));
    }

    private static String undoLeet(String text) {
        StringBuilder plain = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            plain.append(switch (c) {
                case '@', '4' -> 'a';
                case '3' -> 'e';
                case '0' -> 'o';
                case '$', '5' -> 's';
                case '7' -> 't';
                default -> c;
            });
        }
        return plain.toString();
    }

    /** Drops the digits and symbols people bolt onto a word ("summer2024!" -> "summer"). */
    private static String trim(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && !Character.isLetter(text.charAt(start))) {
            start++;
        }
        while (end > start && !Character.isLetter(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(start, end);
    }
}
