package com.tradesense.marketdata.live;

import java.security.Principal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.tradesense.platform.ApiException;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.handler.TextWebSocketHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code /ws/market}: the live stream over WebSocket. Clients send {@code {"action":"subscribe","symbols":[...]}} or
 * {@code unsubscribe}; events arrive as {@code {type, id, data}} with the SSE stream's payloads; a refused command
 * gets {@code {"type":"error","data":{code, detail, field}}} and the connection stays open.
 */
final class MarketWebSocketHandler extends TextWebSocketHandler {

    private static final String CLIENT = "marketdata.streamClient";

    private final StreamHub hub;
    private final StreamProperties properties;
    private final JsonMapper json;

    MarketWebSocketHandler(StreamHub hub, StreamProperties properties, JsonMapper json) {
        this.hub = hub;
        this.properties = properties;
        this.json = json;
    }

    @Override
    public void afterConnectionEstablished(WebSocketSession session) {
        Principal user = session.getPrincipal();
        if (user == null) {
            closeQuietly(session, CloseStatus.POLICY_VIOLATION);
            return;
        }
        WebSocketStreamClient client = new WebSocketStreamClient(hub.nextClientId(), user.getName(),
                properties.maxQueuedEvents(), hub.writers(), session);
        try {
            hub.open(client, List.of(), 0);
        } catch (ApiException refused) {
            closeQuietly(session, CloseStatus.POLICY_VIOLATION.withReason(refused.getMessage()));
            return;
        }
        session.getAttributes().put(CLIENT, client);
    }

    @Override
    protected void handleTextMessage(WebSocketSession session, TextMessage message) {
        StreamClient client = (StreamClient) session.getAttributes().get(CLIENT);
        if (client == null) {
            return;
        }
        try {
            JsonNode command = json.readTree(message.getPayload());
            String action = command.path("action").asString("");
            List<String> symbols = new ArrayList<>();
            command.path("symbols").forEach(symbol -> symbols.add(symbol.asString()));
            switch (action) {
                case "subscribe" -> hub.subscribe(client, symbols);
                case "unsubscribe" -> hub.unsubscribe(client, symbols);
                default -> throw ApiException.badRequest("UNKNOWN_ACTION", "action",
                        "action must be subscribe or unsubscribe");
            }
        } catch (ApiException refused) {
            client.offer(error(refused.code(), refused.getMessage(),
                    refused.violations().isEmpty() ? null : refused.violations().get(0).field()));
        } catch (JacksonException malformed) {
            client.offer(error("MALFORMED_MESSAGE", "Messages are JSON: {\"action\":\"subscribe\",\"symbols\":[...]}",
                    null));
        }
    }

    @Override
    public void afterConnectionClosed(WebSocketSession session, CloseStatus status) {
        StreamClient client = (StreamClient) session.getAttributes().remove(CLIENT);
        if (client != null) {
            hub.close(client);
        }
    }

    private LiveEvent error(String code, String detail, String field) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("code", code);
        data.put("detail", detail);
        if (field != null) {
            data.put("field", field);
        }
        return new LiveEvent(0, "error", LiveEvent.ORDERED, json.writeValueAsString(data));
    }

    private static void closeQuietly(WebSocketSession session, CloseStatus status) {
        try {
            session.close(status);
        } catch (java.io.IOException ignored) {
            // already closed
        }
    }
}
