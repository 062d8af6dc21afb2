package com.tradesense;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;

/**
 * The API over real HTTP, for tests and load harnesses that run the app on a port (or in another process) where
 * {@link TestApi}'s MockMvc cannot reach: sign a fresh member up and post JSON.
 */
public final class HttpApi {

    public static final String PASSWORD = TestApi.PASSWORD;

    private HttpApi() {
    }

    /** Registers a fresh member at {@code baseUrl} ({@code http://localhost:8080}) and returns an access token. */
    public static String signUp(HttpClient http, String baseUrl) throws Exception {
        String email = "http-" + UUID.randomUUID() + "@example.com";
        post(http, baseUrl, null, "/api/v1/auth/register", "{\"email\":\"" + email + "\",\"password\":\"" + PASSWORD
                + "\",\"displayName\":\"Trader\"}");
        HttpResponse<String> login = post(http, baseUrl, null, "/api/v1/auth/login", "{\"email\":\"" + email
                + "\",\"password\":\"" + PASSWORD + "\"}");
        if (login.statusCode() != 200) {
            throw new IllegalStateException("sign-in answered " + login.statusCode() + ": " + login.body());
        }
        return field(login.body(), "accessToken");
    }

    /** POSTs a JSON body, with a bearer token unless {@code token} is null. */
    public static HttpResponse<String> post(HttpClient http, String baseUrl, String token, String path, String json)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A top-level string field of a flat JSON answer (ids, tokens), without a JSON library in the harness. */
    public static String field(String json, String name) {
        String key = "\"" + name + "\":\"";
        int at = json.indexOf(key);
        if (at < 0) {
            throw new IllegalArgumentException("no string field " + name + " in " + json);
        }
        at += key.length();
        return json.substring(at, json.indexOf('"', at));
    }
}
