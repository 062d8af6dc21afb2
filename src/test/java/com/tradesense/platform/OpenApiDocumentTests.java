package com.tradesense.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import com.tradesense.IntegrationTest;
import com.tradesense.TestApi;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.SerializationFeature;

/**
 * The web client's types are generated from {@code src/main/frontend/openapi.json}. This test keeps that file equal to
 * the live document: it rewrites the file and fails when it had to change, so a stale copy never goes unnoticed.
 */
@IntegrationTest
class OpenApiDocumentTests {

    static final Path DOCUMENT = Path.of("src/main/frontend/openapi.json");

    @Autowired
    TestApi api;

    @Test
    void everyApiEndpointIsDocumentedWithErrorsAndTheCommittedCopyIsCurrent() throws Exception {
        JsonNode live = api.json(api.client().perform(get("/v3/api-docs")));
        assertThat(live.get("paths").propertyNames()).contains("/api/v1/auth/login", "/api/v1/auth/register",
                "/api/v1/admin/audit-logs", "/api/v1/system/info");
        live.get("paths").forEach(path -> path.forEach(operation -> {
            JsonNode responses = operation.get("responses");
            assertThat(responses.has("400") || responses.has("401")).as(operation.get("operationId").asString())
                    .isTrue();
            assertThat(responses.get("500").get("content").has("application/problem+json")).isTrue();
        }));

        String pretty = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT)
                .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS).build().writeValueAsString(live) + "\n";
        String committed = Files.exists(DOCUMENT) ? Files.readString(DOCUMENT, StandardCharsets.UTF_8) : "";
        if (!committed.equals(pretty)) {
            Files.createDirectories(DOCUMENT.getParent());
            Files.writeString(DOCUMENT, pretty, StandardCharsets.UTF_8);
        }
        assertThat(committed).as("src/main/frontend/openapi.json was stale and has been rewritten; commit it")
                .isEqualTo(pretty);
    }
}
