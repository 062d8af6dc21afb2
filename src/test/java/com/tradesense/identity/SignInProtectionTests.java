package com.tradesense.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import javax.crypto.spec.SecretKeySpec;

import com.nimbusds.jose.jwk.source.ImmutableSecret;
import com.tradesense.IntegrationTest;
import com.tradesense.TestApi;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;

@IntegrationTest
class SignInProtectionTests {

    @Autowired
    TestApi api;

    @Autowired
    JwtEncoder encoder;

    @Test
    void locksAnAccountAfterFiveFailedSignInsWithRetryAfter() throws Exception {
        String email = api.uniqueEmail();
        api.client().register(email);
        for (int attempt = 1; attempt <= 5; attempt++) {
            // a different IP each time: the account limit alone must trip
            assertThat(api.client().login(email, "Wr0ng!Password#").getResponse().getStatus()).isEqualTo(401);
        }

        MvcResult locked = api.client().login(email, TestApi.PASSWORD);

        assertThat(locked.getResponse().getStatus()).isEqualTo(429);
        assertThat(Long.parseLong(locked.getResponse().getHeader("Retry-After"))).isPositive();
        assertThat(api.json(locked).get("code").asString()).isEqualTo("TOO_MANY_LOGIN_ATTEMPTS");
    }

    @Test
    void limitsFailedSignInsPerIpAcrossAccounts() throws Exception {
        TestApi.Client attacker = api.client();
        for (int attempt = 1; attempt <= 5; attempt++) {
            attacker.login(api.uniqueEmail(), "Wr0ng!Password#");
        }

        MvcResult blocked = attacker.login(api.uniqueEmail(), "Wr0ng!Password#");

        assertThat(blocked.getResponse().getStatus()).isEqualTo(429);
        assertThat(blocked.getResponse().getHeader("Retry-After")).isNotBlank();
    }

    @Test
    void recordsFailuresLockoutsAndTokenTheftInTheAuditLog() throws Exception {
        String email = api.uniqueEmail();
        TestApi.Client owner = api.client();
        owner.register(email);
        for (int attempt = 1; attempt <= 5; attempt++) {
            api.client().login(email, "Wr0ng!Password#");
        }
        TestApi.Client victim = api.client();
        String victimEmail = victim.signUpAndSignIn();
        String stolen = victim.refreshToken();
        victim.postJson("/api/v1/auth/refresh", java.util.Map.of("refreshToken", stolen));
        Thread.sleep(1_100); // past the reuse grace of the test profile
        victim.postJson("/api/v1/auth/refresh", java.util.Map.of("refreshToken", stolen));
        TestApi.Client admin = api.client().signInAsAdmin();

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            assertThat(types(admin, "email=" + email)).contains("LOGIN_FAILED", "ACCOUNT_LOCKED", "USER_REGISTERED");
            assertThat(types(admin, "email=" + victimEmail)).contains("LOGIN_SUCCEEDED", "REFRESH_TOKEN_REUSED");
        });
        JsonNode failed = api.json(admin.performAuthorised(get("/api/v1/admin/audit-logs?type=LOGIN_FAILED&email=" + email)));
        assertThat(failed.get("totalItems").asLong()).isEqualTo(5);
        assertThat(failed.get("items").get(0).get("ipAddress").asString()).startsWith("10.");
        assertThat(failed.get("items").get(0).get("userAgent").asString()).isEqualTo("TestApi/1.0");
    }

    @Test
    void rejectsExpiredForgedAndUnsignedTokens() throws Exception {
        TestApi.Client client = api.client();
        client.signUpAndSignIn();
        String valid = client.accessToken();
        String[] parts = valid.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        String sid = extract(payload, "sid");

        String expired = sign(encoder, client.userId(), sid, Instant.now().minusSeconds(3600));
        String forged = sign(new NimbusJwtEncoder(new ImmutableSecret<>(new SecretKeySpec(
                "another-secret-of-the-right-length-but-wrong".getBytes(StandardCharsets.UTF_8), "HmacSHA256"))),
                client.userId(), sid, Instant.now());
        String unsigned = Base64.getUrlEncoder().withoutPadding()
                .encodeToString("{\"alg\":\"none\"}".getBytes(StandardCharsets.UTF_8)) + "." + parts[1] + ".";
        String tampered = parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(
                payload.replace("\"USER\"", "\"SUPER_ADMIN\"").getBytes(StandardCharsets.UTF_8)) + "." + parts[2];

        for (String token : List.of(expired, forged, unsigned, tampered)) {
            MvcResult result = api.client().perform(get("/api/v1/auth/me").header("Authorization", "Bearer " + token));
            assertThat(result.getResponse().getStatus()).isEqualTo(401);
            assertThat(result.getResponse().getContentType()).startsWith("application/problem+json");
        }
        assertThat(api.client().perform(get("/api/v1/auth/me").header("Authorization", "Bearer " + valid))
                .getResponse().getStatus()).isEqualTo(200);
    }

    private static String sign(JwtEncoder encoder, String userId, String sid, Instant issuedAt) {
        JwtClaimsSet claims = JwtClaimsSet.builder().issuer("tradesense").subject(userId).issuedAt(issuedAt)
                .expiresAt(issuedAt.plusSeconds(900)).id(UUID.randomUUID().toString()).claim("sid", sid)
                .claim("roles", List.of("USER")).build();
        return encoder.encode(JwtEncoderParameters.from(JwsHeader.with(MacAlgorithm.HS256).build(), claims))
                .getTokenValue();
    }

    private static String extract(String json, String claim) {
        int start = json.indexOf("\"" + claim + "\":\"") + claim.length() + 4;
        return json.substring(start, json.indexOf('"', start));
    }

    private List<String> types(TestApi.Client admin, String query) throws Exception {
        JsonNode page = api.json(admin.performAuthorised(get("/api/v1/admin/audit-logs?size=200&" + query)));
        return page.get("items").valueStream().map(item -> item.get("type").asString()).toList();
    }
}
