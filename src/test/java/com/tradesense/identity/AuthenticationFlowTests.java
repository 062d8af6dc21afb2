package com.tradesense.identity;

import static com.tradesense.TestApi.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;

import java.util.Map;

import com.tradesense.IntegrationTest;
import com.tradesense.TestApi;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;

@IntegrationTest
class AuthenticationFlowTests {

    @Autowired
    TestApi api;

    @Test
    void registersWithNormalisedEmailAndDefaultRole() throws Exception {
        TestApi.Client client = api.client();
        String email = api.uniqueEmail();

        MvcResult result = client.postJson("/api/v1/auth/register",
                Map.of("email", "  " + email.toUpperCase() + " ", "password", PASSWORD, "displayName", "Ann Trader"));

        assertThat(result.getResponse().getStatus()).isEqualTo(201);
        JsonNode user = api.json(result);
        assertThat(user.get("email").asString()).isEqualTo(email);
        assertThat(user.get("roles").toString()).isEqualTo("[\"USER\"]");
        assertThat(user.get("emailVerified").asBoolean()).isFalse();
        assertThat(user.has("passwordHash")).isFalse();
    }

    @Test
    void refusesASecondAccountForTheSameEmailInAnyCase() throws Exception {
        TestApi.Client client = api.client();
        String email = api.uniqueEmail();
        client.register(email);

        MvcResult duplicate = client.register(email.toUpperCase());

        assertThat(duplicate.getResponse().getStatus()).isEqualTo(409);
        assertThat(api.json(duplicate).get("code").asString()).isEqualTo("EMAIL_ALREADY_REGISTERED");
    }

    @Test
    void rejectsWeakAndCommonPasswordsNamingTheField() throws Exception {
        TestApi.Client client = api.client();
        for (String weak : new String[] {"short1!", "alllowercase1!", "NoDigits!!", "NoSpecial123", "P@ssw0rd2024!"}) {
            MvcResult result = client.postJson("/api/v1/auth/register",
                    Map.of("email", api.uniqueEmail(), "password", weak, "displayName", "Weak"));
            assertThat(result.getResponse().getStatus()).as(weak).isEqualTo(400);
            JsonNode problem = api.json(result);
            assertThat(problem.get("code").asString()).isEqualTo("WEAK_PASSWORD");
            assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo("password");
        }
    }

    @Test
    void signsInAndReadsTheCurrentUser() throws Exception {
        TestApi.Client client = api.client();
        String email = client.signUpAndSignIn();

        JsonNode me = api.json(client.performAuthorised(get("/api/v1/auth/me")));

        assertThat(me.get("email").asString()).isEqualTo(email);
    }

    @Test
    void answersUnknownEmailAndWrongPasswordIdentically() throws Exception {
        TestApi.Client client = api.client();
        String email = api.uniqueEmail();
        client.register(email);

        MvcResult wrongPassword = client.login(email, "Wr0ng!Password#");
        MvcResult unknownEmail = api.client().login(api.uniqueEmail(), "Wr0ng!Password#");

        assertThat(wrongPassword.getResponse().getStatus()).isEqualTo(401);
        assertThat(unknownEmail.getResponse().getStatus()).isEqualTo(401);
        JsonNode a = api.json(wrongPassword);
        JsonNode b = api.json(unknownEmail);
        assertThat(a.get("code")).isEqualTo(b.get("code"));
        assertThat(a.get("detail")).isEqualTo(b.get("detail"));
    }

    @Test
    void rotatesRefreshTokensOnEveryUse() throws Exception {
        TestApi.Client client = api.client();
        client.signUpAndSignIn();
        String first = client.refreshToken();

        MvcResult refreshed = client.postJson("/api/v1/auth/refresh", Map.of("refreshToken", first));

        assertThat(refreshed.getResponse().getStatus()).isEqualTo(200);
        JsonNode pair = api.json(refreshed);
        assertThat(pair.get("refreshToken").asString()).isNotEqualTo(first);
        assertThat(pair.get("tokenType").asString()).isEqualTo("Bearer");
        assertThat(pair.get("expiresIn").asLong()).isEqualTo(900);
    }

    @Test
    void reusingARefreshTokenRevokesTheWholeLogin() throws Exception {
        TestApi.Client client = api.client();
        client.signUpAndSignIn();
        String stolen = client.refreshToken();
        String rotated = api.json(client.postJson("/api/v1/auth/refresh", Map.of("refreshToken", stolen)))
                .get("refreshToken").asString();
        Thread.sleep(1_100); // past the reuse grace of the test profile

        MvcResult reuse = client.postJson("/api/v1/auth/refresh", Map.of("refreshToken", stolen));

        assertThat(reuse.getResponse().getStatus()).isEqualTo(401);
        assertThat(api.json(reuse).get("code").asString()).isEqualTo("REFRESH_TOKEN_REUSED");
        MvcResult legitimate = client.postJson("/api/v1/auth/refresh", Map.of("refreshToken", rotated));
        assertThat(legitimate.getResponse().getStatus()).isEqualTo(401);
        assertThat(client.performAuthorised(get("/api/v1/auth/me")).getResponse().getStatus()).isEqualTo(401);
    }

    @Test
    void aRefreshRetriedRightAfterALostResponseGetsAFreshPairAndRetiresTheLostOne() throws Exception {
        TestApi.Client client = api.client();
        client.signUpAndSignIn();
        String first = client.refreshToken();
        String lost = api.json(client.postJson("/api/v1/auth/refresh", Map.of("refreshToken", first)))
                .get("refreshToken").asString();

        MvcResult retried = client.postJson("/api/v1/auth/refresh", Map.of("refreshToken", first));

        assertThat(retried.getResponse().getStatus()).isEqualTo(200);
        String current = api.json(retried).get("refreshToken").asString();
        assertThat(client.postJson("/api/v1/auth/refresh", Map.of("refreshToken", current)).getResponse().getStatus())
                .isEqualTo(200);
        Thread.sleep(1_100);
        assertThat(client.postJson("/api/v1/auth/refresh", Map.of("refreshToken", lost)).getResponse().getStatus())
                .isEqualTo(401);
    }

    @Test
    void logoutEndsTheLoginAndItsAccessToken() throws Exception {
        TestApi.Client client = api.client();
        client.signUpAndSignIn();

        MvcResult logout = client.postJson("/api/v1/auth/logout", Map.of("refreshToken", client.refreshToken()));

        assertThat(logout.getResponse().getStatus()).isEqualTo(204);
        assertThat(client.postJson("/api/v1/auth/refresh", Map.of("refreshToken", client.refreshToken()))
                .getResponse().getStatus()).isEqualTo(401);
        assertThat(client.performAuthorised(get("/api/v1/auth/me")).getResponse().getStatus()).isEqualTo(401);
    }

    @Test
    void listsSessionsPerDeviceAndRevokesOne() throws Exception {
        TestApi.Client laptop = api.client();
        String email = laptop.signUpAndSignIn();
        TestApi.Client phone = api.client();
        phone.login(email, PASSWORD);

        JsonNode sessions = api.json(laptop.performAuthorised(get("/api/v1/auth/sessions")));

        assertThat(sessions).hasSize(2);
        JsonNode phoneSession = null;
        for (JsonNode session : sessions) {
            if (session.get("ipAddress").asString().equals(phone.ip())) {
                phoneSession = session;
                assertThat(session.get("current").asBoolean()).isFalse();
            } else {
                assertThat(session.get("current").asBoolean()).isTrue();
            }
            assertThat(session.get("userAgent").asString()).isEqualTo("TestApi/1.0");
        }
        assertThat(phoneSession).isNotNull();

        MvcResult revoke = laptop.performAuthorised(delete("/api/v1/auth/sessions/" + phoneSession.get("id").asString()));

        assertThat(revoke.getResponse().getStatus()).isEqualTo(204);
        assertThat(phone.performAuthorised(get("/api/v1/auth/me")).getResponse().getStatus()).isEqualTo(401);
        assertThat(laptop.performAuthorised(get("/api/v1/auth/me")).getResponse().getStatus()).isEqualTo(200);
    }

    @Test
    void cannotRevokeSomeoneElsesSession() throws Exception {
        TestApi.Client alice = api.client();
        alice.signUpAndSignIn();
        TestApi.Client mallory = api.client();
        mallory.signUpAndSignIn();
        String aliceSession = api.json(alice.performAuthorised(get("/api/v1/auth/sessions"))).get(0).get("id")
                .asString();

        MvcResult attempt = mallory.performAuthorised(delete("/api/v1/auth/sessions/" + aliceSession));

        assertThat(attempt.getResponse().getStatus()).isEqualTo(404);
        assertThat(alice.performAuthorised(get("/api/v1/auth/me")).getResponse().getStatus()).isEqualTo(200);
    }

    @Test
    void updatesDisplayNameAndLocale() throws Exception {
        TestApi.Client client = api.client();
        client.signUpAndSignIn();

        MvcResult result = client.performAuthorised(patch("/api/v1/auth/me").contentType(MediaType.APPLICATION_JSON)
                .content(api.body(Map.of("displayName", "Nadia", "locale", "ar"))));

        JsonNode me = api.json(result);
        assertThat(me.get("displayName").asString()).isEqualTo("Nadia");
        assertThat(me.get("locale").asString()).isEqualTo("ar");
        MvcResult bad = client.performAuthorised(patch("/api/v1/auth/me").contentType(MediaType.APPLICATION_JSON)
                .content(api.body(Map.of("locale", "de"))));
        assertThat(bad.getResponse().getStatus()).isEqualTo(400);
        assertThat(api.json(bad).get("errors").get(0).get("field").asString()).isEqualTo("locale");
    }
}
