package com.tradesense.identity;

import static com.tradesense.TestApi.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.Map;

import com.tradesense.IntegrationTest;
import com.tradesense.TestApi;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;

@IntegrationTest
class EmailAndPasswordRecoveryTests {

    @Autowired
    TestApi api;

    @Test
    void verifiesEmailWithTheMailedLinkOnlyOnce() throws Exception {
        TestApi.Client client = api.client();
        String email = client.signUpAndSignIn();
        String token = client.tokenFromMailbox(email, "/verify-email");

        MvcResult verified = client.postJson("/api/v1/auth/verify-email", Map.of("token", token));

        assertThat(verified.getResponse().getStatus()).isEqualTo(204);
        assertThat(api.json(client.performAuthorised(get("/api/v1/auth/me"))).get("emailVerified").asBoolean()).isTrue();
        MvcResult again = client.postJson("/api/v1/auth/verify-email", Map.of("token", token));
        assertThat(again.getResponse().getStatus()).isEqualTo(400);
        assertThat(api.json(again).get("code").asString()).isEqualTo("INVALID_TOKEN");
    }

    @Test
    void resendsVerificationAndRetiresTheOldLink() throws Exception {
        TestApi.Client client = api.client();
        String email = client.signUpAndSignIn();
        String first = client.tokenFromMailbox(email, "/verify-email");

        MvcResult resend = client.performAuthorised(post("/api/v1/auth/resend-verification"));

        assertThat(resend.getResponse().getStatus()).isEqualTo(202);
        String second = client.tokenFromMailbox(email, "/verify-email");
        assertThat(second).isNotEqualTo(first);
        assertThat(client.postJson("/api/v1/auth/verify-email", Map.of("token", first)).getResponse().getStatus())
                .isEqualTo(400);
        assertThat(client.postJson("/api/v1/auth/verify-email", Map.of("token", second)).getResponse().getStatus())
                .isEqualTo(204);
        assertThat(client.performAuthorised(post("/api/v1/auth/resend-verification")).getResponse().getStatus())
                .isEqualTo(409);
    }

    @Test
    void forgotPasswordAnswersTheSameForUnknownEmails() throws Exception {
        TestApi.Client client = api.client();

        MvcResult unknown = client.postJson("/api/v1/auth/forgot-password", Map.of("email", api.uniqueEmail()));

        assertThat(unknown.getResponse().getStatus()).isEqualTo(202);
    }

    @Test
    void resetPasswordSignsOutEveryDeviceAndAcceptsTheNewPassword() throws Exception {
        TestApi.Client client = api.client();
        String email = client.signUpAndSignIn();
        client.postJson("/api/v1/auth/forgot-password", Map.of("email", email));
        String token = client.tokenFromMailbox(email, "/reset-password");

        MvcResult weak = client.postJson("/api/v1/auth/reset-password", Map.of("token", token, "newPassword", "weak"));
        assertThat(weak.getResponse().getStatus()).isEqualTo(400);
        assertThat(api.json(weak).get("errors").get(0).get("field").asString()).isEqualTo("newPassword");

        MvcResult reset = client.postJson("/api/v1/auth/reset-password",
                Map.of("token", token, "newPassword", "N3w!Secret#Phrase"));

        assertThat(reset.getResponse().getStatus()).isEqualTo(204);
        assertThat(client.performAuthorised(get("/api/v1/auth/me")).getResponse().getStatus()).isEqualTo(401);
        assertThat(client.postJson("/api/v1/auth/refresh", Map.of("refreshToken", client.refreshToken()))
                .getResponse().getStatus()).isEqualTo(401);
        assertThat(api.client().login(email, PASSWORD).getResponse().getStatus()).isEqualTo(401);
        assertThat(api.client().login(email, "N3w!Secret#Phrase").getResponse().getStatus()).isEqualTo(200);
        assertThat(client.postJson("/api/v1/auth/reset-password", Map.of("token", token, "newPassword",
                "An0ther!Phrase#")).getResponse().getStatus()).isEqualTo(400);
    }

    @Test
    void changingThePasswordKeepsThisDeviceAndSignsOutTheOthers() throws Exception {
        TestApi.Client laptop = api.client();
        String email = laptop.signUpAndSignIn();
        TestApi.Client phone = api.client();
        phone.login(email, PASSWORD);

        MvcResult wrong = laptop.performAuthorised(post("/api/v1/auth/change-password")
                .contentType(MediaType.APPLICATION_JSON)
                .content(api.body(Map.of("currentPassword", "Wr0ng!Pass#", "newPassword", "N3w!Secret#Phrase"))));
        assertThat(wrong.getResponse().getStatus()).isEqualTo(400);
        assertThat(api.json(wrong).get("errors").get(0).get("field").asString()).isEqualTo("currentPassword");

        MvcResult changed = laptop.performAuthorised(post("/api/v1/auth/change-password")
                .contentType(MediaType.APPLICATION_JSON)
                .content(api.body(Map.of("currentPassword", PASSWORD, "newPassword", "N3w!Secret#Phrase"))));

        assertThat(changed.getResponse().getStatus()).isEqualTo(204);
        assertThat(laptop.performAuthorised(get("/api/v1/auth/me")).getResponse().getStatus()).isEqualTo(200);
        assertThat(phone.performAuthorised(get("/api/v1/auth/me")).getResponse().getStatus()).isEqualTo(401);
    }
}
