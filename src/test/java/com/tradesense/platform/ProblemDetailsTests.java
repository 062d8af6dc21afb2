package com.tradesense.platform;

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
import tools.jackson.databind.JsonNode;

@IntegrationTest
class ProblemDetailsTests {

    @Autowired
    TestApi api;

    @Test
    void validationErrorsListEveryFieldAsAProblem() throws Exception {
        MvcResult result = api.client().postJson("/api/v1/auth/register",
                Map.of("email", "not-an-email", "password", "", "displayName", ""));

        assertThat(result.getResponse().getStatus()).isEqualTo(400);
        assertThat(result.getResponse().getContentType()).startsWith("application/problem+json");
        JsonNode problem = api.json(result);
        assertThat(problem.get("type").asString()).isEqualTo("about:blank");
        assertThat(problem.get("title").asString()).isEqualTo("Bad Request");
        assertThat(problem.get("status").asInt()).isEqualTo(400);
        assertThat(problem.get("instance").asString()).isEqualTo("/api/v1/auth/register");
        assertThat(problem.get("code").asString()).isEqualTo("VALIDATION_FAILED");
        assertThat(problem.get("errors").valueStream().map(e -> e.get("field").asString()))
                .contains("email", "password", "displayName");
    }

    @Test
    void malformedJsonIsACleanBadRequest() throws Exception {
        MvcResult result = api.client().perform(post("/api/v1/auth/login").contentType(MediaType.APPLICATION_JSON)
                .content("{\"email\": "));

        assertThat(result.getResponse().getStatus()).isEqualTo(400);
        assertThat(api.json(result).get("code").asString()).isEqualTo("MALFORMED_REQUEST");
        assertThat(result.getResponse().getContentAsString()).doesNotContain("Exception", "at com.");
    }

    @Test
    void wrongContentTypeIsUnsupportedMediaType() throws Exception {
        MvcResult result = api.client().perform(post("/api/v1/auth/login").contentType(MediaType.TEXT_PLAIN)
                .content("email=a"));

        assertThat(result.getResponse().getStatus()).isEqualTo(415);
        assertThat(api.json(result).get("code").asString()).isEqualTo("UNSUPPORTED_MEDIA_TYPE");
    }

    @Test
    void oversizeBodiesArePayloadTooLarge() throws Exception {
        String huge = "{\"email\":\"" + "a".repeat(2 * 1024 * 1024) + "\"}";

        MvcResult result = api.client().perform(post("/api/v1/auth/login").contentType(MediaType.APPLICATION_JSON)
                .content(huge));

        assertThat(result.getResponse().getStatus()).isEqualTo(413);
        assertThat(api.json(result).get("code").asString()).isEqualTo("PAYLOAD_TOO_LARGE");
    }

    @Test
    void unknownApiRoutesAreNotFoundProblems() throws Exception {
        TestApi.Client client = api.client();
        client.signUpAndSignIn();

        MvcResult result = client.performAuthorised(get("/api/v1/no-such-thing"));

        assertThat(result.getResponse().getStatus()).isEqualTo(404);
        assertThat(api.json(result).get("code").asString()).isEqualTo("NOT_FOUND");
    }

    @Test
    void badQueryParametersNameTheParameter() throws Exception {
        TestApi.Client admin = api.client().signInAsAdmin();

        MvcResult badType = admin.performAuthorised(get("/api/v1/admin/audit-logs?type=NOPE"));
        MvcResult badSize = admin.performAuthorised(get("/api/v1/admin/audit-logs?size=5000"));
        MvcResult badRange = admin.performAuthorised(
                get("/api/v1/admin/audit-logs?from=2026-01-02T00:00:00Z&to=2026-01-01T00:00:00Z"));

        assertThat(api.json(badType).get("errors").get(0).get("field").asString()).isEqualTo("type");
        assertThat(api.json(badSize).get("errors").get(0).get("field").asString()).isEqualTo("size");
        assertThat(api.json(badRange).get("errors").get(0).get("field").asString()).isEqualTo("to");
    }

    @Test
    void everyResponseCarriesARequestIdAndSecurityHeaders() throws Exception {
        MvcResult result = api.client().perform(get("/api/v1/system/info").header("X-Request-Id", "trace-12345678"));

        assertThat(result.getResponse().getHeader("X-Request-Id")).isEqualTo("trace-12345678");
        assertThat(result.getResponse().getHeader("Content-Security-Policy")).contains("frame-ancestors 'none'");
        assertThat(result.getResponse().getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(result.getResponse().getHeader("Referrer-Policy")).isEqualTo("strict-origin-when-cross-origin");
        MvcResult generated = api.client().perform(get("/api/v1/system/info").header("X-Request-Id", "bad id\n"));
        assertThat(generated.getResponse().getHeader("X-Request-Id")).matches("[0-9a-f-]{36}");
    }

    @Test
    void hstsIsSentOnlyOverTls() throws Exception {
        MvcResult secure = api.client().perform(get("/api/v1/system/info").secure(true));
        MvcResult plain = api.client().perform(get("/api/v1/system/info"));

        assertThat(secure.getResponse().getHeader("Strict-Transport-Security")).contains("max-age=31536000");
        assertThat(plain.getResponse().getHeader("Strict-Transport-Security")).isNull();
    }
}
