package com.tradesense.marketdata.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;

/** What the load harnesses share: a signed-in member of the app under test. */
final class LoadSupport {

    private LoadSupport() {
    }

    /** Registers a fresh member and returns an access token. */
    static String signUp(int port) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        String email = "bench-" + UUID.randomUUID() + "@example.com";
        String password = "Str0ng!Passw0rd#";
        http.send(post(port, "/api/v1/auth/register", "{\"email\":\"" + email + "\",\"password\":\"" + password
                + "\",\"displayName\":\"Bench\"}"), HttpResponse.BodyHandlers.ofString());
        String login = http.send(post(port, "/api/v1/auth/login", "{\"email\":\"" + email + "\",\"password\":\""
                + password + "\"}"), HttpResponse.BodyHandlers.ofString()).body();
        int at = login.indexOf("\"accessToken\":\"") + 15;
        return login.substring(at, login.indexOf('"', at));
    }

    private static HttpRequest post(int port, String path, String body) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }
}
