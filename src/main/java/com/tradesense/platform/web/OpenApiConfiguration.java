package com.tradesense.platform.web;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document: bearer authentication and, on every operation, the problem-detail responses the platform
 * can produce (validation, authentication, authorisation, missing, rate limit, server error).
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    private static final String PROBLEM = "Problem";
    private static final Map<String, String> PROBLEM_RESPONSES = Map.of(
            "400", "Invalid request: `errors` names each offending field",
            "401", "Missing, expired or revoked access token",
            "403", "The caller's role does not allow this",
            "404", "Not found, or not yours",
            "429", "Rate limited; see the Retry-After header",
            "500", "Unexpected server error; quote the X-Request-Id header");

    @Bean
    OpenAPI tradeSenseOpenApi() {
        return new OpenAPI()
                .info(new Info().title("TradeSense API").version("v1")
                        .description("Paper trading, challenges, journal and coaching. Errors are RFC 9457 problems."))
                .components(new Components().addSecuritySchemes("bearer", new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")))
                .addSecurityItem(new SecurityRequirement().addList("bearer"));
    }

    /**
     * Response bodies always carry their properties (null ones are omitted, so those are declared
     * {@code @Schema(nullable = true)}); marking the rest required gives clients exact generated types. Schemas that
     * are also request bodies keep the required list Bean Validation gave them.
     */
    @Bean
    @SuppressWarnings({"rawtypes", "unchecked"}) // swagger-models exposes raw Schema maps
    OpenApiCustomizer responsePropertiesAreRequired() {
        return openApi -> {
            Set<String> requestSchemas = new HashSet<>();
            openApi.getPaths().values().forEach(path -> path.readOperations().forEach(operation -> {
                if (operation.getRequestBody() != null && operation.getRequestBody().getContent() != null) {
                    operation.getRequestBody().getContent().values().forEach(media -> {
                        if (media.getSchema() != null && media.getSchema().get$ref() != null) {
                            requestSchemas.add(simpleName(media.getSchema().get$ref()));
                        }
                    });
                }
            }));
            // Schemas nested in a request body (an order's take-profit leg) are request schemas too.
            Deque<String> nested = new ArrayDeque<>(requestSchemas);
            while (!nested.isEmpty()) {
                Schema<?> schema = openApi.getComponents().getSchemas().get(nested.pop());
                if (schema == null || schema.getProperties() == null) {
                    continue;
                }
                for (Schema<?> property : schema.getProperties().values()) {
                    String ref = property.get$ref() != null ? property.get$ref()
                            : property.getItems() != null ? property.getItems().get$ref() : null;
                    if (ref != null && requestSchemas.add(simpleName(ref))) {
                        nested.push(simpleName(ref));
                    }
                }
            }
            openApi.getComponents().getSchemas().forEach((name, schema) -> {
                Map<String, Schema> properties = schema.getProperties();
                if (requestSchemas.contains(name) || properties == null) {
                    return;
                }
                List<String> required = new ArrayList<>();
                properties.forEach((property, definition) -> {
                    if (!isNullable(definition)) {
                        required.add(property);
                    }
                });
                schema.setRequired(required);
            });
        };
    }

    private static boolean isNullable(Schema<?> property) {
        return Boolean.TRUE.equals(property.getNullable())
                || (property.getTypes() != null && property.getTypes().contains("null"));
    }

    private static String simpleName(String ref) {
        return ref.substring(ref.lastIndexOf('/') + 1);
    }

    @Bean
    OpenApiCustomizer problemResponsesOnEveryOperation() {
        return openApi -> {
            openApi.getComponents().addSchemas(PROBLEM, problemSchema());
            openApi.getPaths().values().forEach(path -> path.readOperations()
                    .forEach(OpenApiConfiguration::addProblems));
        };
    }

    private static Schema<?> problemSchema() {
        Schema<?> fieldError = new ObjectSchema().addProperty("field", new StringSchema())
                .addProperty("message", new StringSchema());
        fieldError.setRequired(List.of("field", "message"));
        Schema<?> problem = new ObjectSchema()
                .description("RFC 9457 problem details with a stable machine-readable code")
                .addProperty("type", new StringSchema()).addProperty("title", new StringSchema())
                .addProperty("status", new IntegerSchema()).addProperty("detail", new StringSchema())
                .addProperty("instance", new StringSchema()).addProperty("code", new StringSchema())
                .addProperty("errors", new ArraySchema().items(fieldError));
        problem.setRequired(List.of("type", "title", "status", "code"));
        return problem;
    }

    private static void addProblems(Operation operation) {
        PROBLEM_RESPONSES.forEach((status, description) -> {
            if (!operation.getResponses().containsKey(status)) {
                operation.getResponses().addApiResponse(status, new ApiResponse().description(description)
                        .content(new Content().addMediaType("application/problem+json",
                                new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM)))));
            }
        });
    }
}
