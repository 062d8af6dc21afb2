package com.tradesense.marketdata.providers;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import com.tradesense.marketdata.providers.ProviderException.Kind;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * GETs JSON from one provider and turns HTTP failures into {@link ProviderException}s of the right kind. Numbers
 * with a fraction are read as exact decimals, integers as longs (Massive's nanosecond timestamps exceed 2^53).
 */
public final class ProviderHttp {

    /** Shared by the adapters: exact decimals, integers as longs. */
    public static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

    /** Yahoo and the bourse serve browsers; a bare Java agent is more likely to be turned away. */
    private static final String USER_AGENT = "Mozilla/5.0 (compatible; TradeSense/1.0)";

    private final String provider;
    private final HttpClient client;
    private final Duration timeout;
    private final Map<String, String> headers;
    private final String secret;

    /**
     * @param headers sent with every request (a bearer key, an Accept header)
     * @param secret  masked wherever a URL or body would be quoted in a message
     */
    public ProviderHttp(String provider, HttpClient client, Duration timeout, Map<String, String> headers,
            String secret) {
        this.provider = provider;
        this.client = client;
        this.timeout = timeout;
        this.headers = Map.copyOf(headers);
        this.secret = secret;
    }

    public static HttpClient client(Duration connectTimeout) {
        return HttpClient.newBuilder().connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    public String provider() {
        return provider;
    }

    /** The JSON body of a 2xx answer. */
    public JsonNode get(URI uri) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(timeout).GET()
                .header("User-Agent", USER_AGENT);
        headers.forEach(request::header);
        HttpResponse<String> response;
        try {
            response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new ProviderException(provider, Kind.UNAVAILABLE, "GET " + mask(uri.getPath()) + " failed: "
                    + mask(String.valueOf(e.getMessage())), null, null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ProviderException(provider, Kind.UNAVAILABLE, "interrupted");
        }
        int status = response.statusCode();
        if (status >= 200 && status < 300) {
            try {
                return JSON.readTree(response.body());
            } catch (JacksonException e) {
                throw new ProviderException(provider, Kind.BAD_RESPONSE, "GET " + mask(uri.getPath())
                        + " answered unreadable JSON");
            }
        }
        String what = "GET " + mask(uri.getPath()) + " answered " + status + excerpt(response.body());
        throw switch (status) {
            case 429 -> new ProviderException(provider, Kind.RATE_LIMITED, what, retryAfter(response), null);
            case 401, 403 -> new ProviderException(provider, Kind.UNAUTHORIZED, what);
            case 404 -> new ProviderException(provider, Kind.NOT_FOUND, what);
            default -> new ProviderException(provider, status >= 500 ? Kind.UNAVAILABLE : Kind.BAD_RESPONSE, what);
        };
    }

    private String excerpt(String body) {
        if (body == null || body.isBlank()) {
            return "";
        }
        String oneLine = body.strip().replaceAll("\\s+", " ");
        return ": " + mask(oneLine.length() > 200 ? oneLine.substring(0, 200) + "..." : oneLine);
    }

    private String mask(String text) {
        return Secrets.mask(text, secret);
    }

    private static Duration retryAfter(HttpResponse<?> response) {
        return response.headers().firstValue("Retry-After").map(value -> {
            try {
                return Duration.ofSeconds(Long.parseLong(value.strip()));
            } catch (NumberFormatException httpDate) {
                return null;
            }
        }).orElse(null);
    }
}
