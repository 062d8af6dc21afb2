package com.tradesense.platform.security;

import java.util.Random;

import org.junit.jupiter.api.Test;
import org.springframework.security.web.firewall.StrictHttpFirewall;

import static org.assertj.core.api.Assertions.assertThat;

/** The firewall's header rules answer every string as Spring Security's default rules, the reference, do. */
class HeaderCharactersTests {

    @Test
    void acceptsOrdinaryHeadersAndRefusesControlCharacters() {
        assertThat(HeaderCharacters.NAME.test("Idempotency-Key")).isTrue();
        assertThat(HeaderCharacters.VALUE.test("Bearer eyJhbGciOiJIUzI1NiJ9.e30.sig")).isTrue();
        assertThat(HeaderCharacters.VALUE.test("a\tb")).isTrue();
        assertThat(HeaderCharacters.NAME.test("a\tb")).isFalse();
        assertThat(HeaderCharacters.VALUE.test("a\r\nSet-Cookie: x")).isFalse();
        assertThat(HeaderCharacters.VALUE.test("\u0085")).isFalse();
        assertThat(HeaderCharacters.VALUE.test("\u0378")).isFalse(); // unassigned
    }

    @Test
    void agreesWithTheDefaultFirewallRulesOnRandomStrings() {
        Random random = new Random(11);
        int[] interesting = {'\t', '\n', '\r', 0, 0x7f, 0x85, 0x9f, 0xa0, 0xff, 0x378, 0xd800, 0xdc00, 0xfffe, 'a',
                ' ', ':', 0x1f600};
        for (int i = 0; i < 50_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int n = random.nextInt(6); n > 0; n--) {
                text.appendCodePoint(random.nextInt(3) == 0 ? random.nextInt(0x10000)
                        : interesting[random.nextInt(interesting.length)]);
            }
            String s = text.toString();
            assertThat(HeaderCharacters.NAME.test(s)).as("name %s", s.codePoints().boxed().toList())
                    .isEqualTo(StrictHttpFirewall.ALLOWED_HEADER_NAMES.test(s));
            assertThat(HeaderCharacters.VALUE.test(s)).as("value %s", s.codePoints().boxed().toList())
                    .isEqualTo(StrictHttpFirewall.ALLOWED_HEADER_VALUES.test(s));
        }
    }
}
