package com.tradesense;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A test client of the app's WebSockets: each text message read as JSON, and how the server closed the socket. */
public final class JsonWebSocket {

    private static final long WAIT_SECONDS = 10;

    private final LinkedBlockingQueue<JsonNode> messages = new LinkedBlockingQueue<>();
    private final CompletableFuture<String> closed = new CompletableFuture<>();
    private WebSocket socket;

    private JsonWebSocket() {
    }

    public static JsonWebSocket connect(HttpClient http, URI uri, JsonMapper json) throws Exception {
        JsonWebSocket client = new JsonWebSocket();
        client.socket = http.newWebSocketBuilder().buildAsync(uri, new WebSocket.Listener() {
            private final StringBuilder text = new StringBuilder();

            @Override
            public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
                text.append(data);
                if (last) {
                    client.messages.add(json.readTree(text.toString()));
                    text.setLength(0);
                }
                webSocket.request(1);
                return null;
            }

            @Override
            public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
                client.closed.complete(statusCode + " " + reason);
                return null;
            }
        }).get(WAIT_SECONDS, TimeUnit.SECONDS);
        return client;
    }

    public void send(String text) throws Exception {
        socket.sendText(text, true).get(WAIT_SECONDS, TimeUnit.SECONDS);
    }

    /** The next message that matches (those before it are passed over), within 10 seconds. */
    public JsonNode next(Predicate<JsonNode> wanted) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
        while (System.nanoTime() < deadline) {
            JsonNode message = messages.poll(100, TimeUnit.MILLISECONDS);
            if (message != null && wanted.test(message)) {
                return message;
            }
        }
        throw new AssertionError("No matching WebSocket message within " + WAIT_SECONDS + " s");
    }

    /** Whether a message arrived that no {@link #next} took. */
    public boolean hasUnread() {
        return !messages.isEmpty();
    }

    /** "status reason" of the server's close, within 10 seconds. */
    public String closedByServer() throws Exception {
        return closed.get(WAIT_SECONDS, TimeUnit.SECONDS);
    }

    public void close() throws Exception {
        socket.sendClose(WebSocket.NORMAL_CLOSURE, "done").get(WAIT_SECONDS, TimeUnit.SECONDS);
    }
}
