package com.tradesense.platform.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@link BearerTokenHeader} answers every header as Spring Security's resolver, the reference, does. */
class BearerTokenHeaderTests {

    private final DefaultBearerTokenResolver reference = new DefaultBearerTokenResolver();

    @Test
    void readsTheTokenOfABearerHeaderInAnyCaseOfTheScheme() {
        assertThat(BearerTokenHeader.token(request("Bearer abc.DEF-123_~+/=="))).isEqualTo("abc.DEF-123_~+/==");
        assertThat(BearerTokenHeader.token(request("bearer abc"))).isEqualTo("abc");
        assertThat(BearerTokenHeader.token(request("BEARER abc"))).isEqualTo("abc");
    }

    @Test
    void ignoresRequestsWithoutBearerAuthorization() {
        assertThat(BearerTokenHeader.token(new MockHttpServletRequest())).isNull();
        assertThat(BearerTokenHeader.token(request("Basic dXNlcjpwYXNz"))).isNull();
    }

    @Test
    void rejectsMalformedBearerTokens() {
        for (String header : List.of("Bearer", "Bearer ", "Bearer  abc", "Bearer a b", "Bearer abc=d", "Bearer =",
                "Bearerabc", "Bearer abc\t", "Bearer ab%c")) {
            assertThatThrownBy(() -> BearerTokenHeader.token(request(header))).as(header)
                    .isInstanceOf(OAuth2AuthenticationException.class)
                    .hasMessage("Bearer token is malformed");
        }
    }

    @Test
    void agreesWithSpringSecuritysResolverOnRandomHeaders() {
        Random random = new Random(7);
        String alphabet = "Bbearr Aa0z9-._~+/=%: \t";
        List<String> headers = new ArrayList<>(List.of("Bearer x", "bearer", "BEARER", "Bear"));
        for (int i = 0; i < 20_000; i++) {
            StringBuilder header = new StringBuilder(random.nextBoolean() ? "Bearer " : "");
            for (int n = random.nextInt(12); n > 0; n--) {
                header.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            headers.add(header.toString());
        }
        for (String header : headers) {
            assertThat(outcome(() -> BearerTokenHeader.token(request(header)))).as(header)
                    .isEqualTo(outcome(() -> reference.resolve(request(header))));
        }
    }

    private static String outcome(java.util.function.Supplier<String> resolve) {
        try {
            return "token " + resolve.get();
        } catch (OAuth2AuthenticationException e) {
            return "rejected " + e.getError().getErrorCode() + ": " + e.getError().getDescription();
        }
    }

    private static MockHttpServletRequest request(String authorization) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/v1/accounts");
        request.addHeader("Authorization", authorization);
        return request;
    }
}
