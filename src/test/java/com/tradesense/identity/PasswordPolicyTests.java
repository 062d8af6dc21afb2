package com.tradesense.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.tradesense.identity.internal.PasswordPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordPolicyTests {

    private final PasswordPolicy policy = PasswordPolicy.fromClasspath();

    @Test
    void acceptsALongMixedPassword() {
        assertThat(policy.violations("Str0ng!Passw0rd#")).isEmpty();
    }

    @Test
    void namesEveryMissingIngredient() {
        assertThat(policy.violations("xkq")).containsExactly(
                "must be at least 8 characters long",
                "must contain an upper-case letter",
                "must contain a digit",
                "must contain a special character");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Password1!", "P@ssw0rd2024!", "Summer2024!", "Qwerty123!", "Welcome1!", "!Trading2026"})
    void refusesCommonPasswordsEvenWhenDressedUp(String candidate) {
        assertThat(policy.violations(candidate)).containsExactly("is too common; choose something harder to guess");
    }

    @Test
    void spacesDoNotCountAsSpecialCharacters() {
        assertThat(policy.violations("Abcdefg1 x")).contains("must contain a special character");
    }
}
