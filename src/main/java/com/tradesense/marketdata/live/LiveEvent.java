package com.tradesense.marketdata.live;

import java.nio.charset.StandardCharsets;

/**
 * One event on the live stream, serialised once and shared by every client it goes to. {@code conflationKey} groups
 * the events of which a slow client needs only the newest (the quote, the forming bar of one symbol); ordered events
 * (completed bars, status changes) have none and are never dropped for a newer one.
 */
final class LiveEvent {

    static final long ORDERED = -1;

    final long id;
    final String type;
    final long conflationKey;
    final String data;
    private byte[] sseFrame;
    private String webSocketText;

    LiveEvent(long id, String type, long conflationKey, String data) {
        this.id = id;
        this.type = type;
        this.conflationKey = conflationKey;
        this.data = data;
    }

    /** Keeps proxies from closing an idle connection: an SSE comment, a {@code heartbeat} message on WebSocket. */
    static LiveEvent heartbeat(long serverMillis) {
        LiveEvent event = new LiveEvent(0, "heartbeat", Long.MAX_VALUE,
                "{\"serverTime\":\"" + java.time.Instant.ofEpochMilli(serverMillis) + "\"}");
        event.sseFrame = (": heartbeat " + java.time.Instant.ofEpochMilli(serverMillis) + "\n\n")
                .getBytes(StandardCharsets.UTF_8);
        return event;
    }

    static long quoteKey(int symbolIndex) {
        return symbolIndex * 4L;
    }

    static long barKey(int symbolIndex) {
        return symbolIndex * 4L + 1;
    }

    /** {@code id: 42\nevent: quote\ndata: {...}\n\n}; built lazily, racing builders produce equal frames. */
    byte[] sseFrame() {
        byte[] frame = sseFrame;
        if (frame == null) {
            frame = ("id: " + id + "\nevent: " + type + "\ndata: " + data + "\n\n").getBytes(StandardCharsets.UTF_8);
            sseFrame = frame;
        }
        return frame;
    }

    /** The frames of a batch as one array: a lone event's shared frame as it is, several copied once. */
    static byte[] sseFrames(java.util.List<LiveEvent> batch) {
        if (batch.size() == 1) {
            return batch.get(0).sseFrame();
        }
        int length = 0;
        for (LiveEvent event : batch) {
            length += event.sseFrame().length;
        }
        byte[] frames = new byte[length];
        int at = 0;
        for (LiveEvent event : batch) {
            byte[] frame = event.sseFrame();
            System.arraycopy(frame, 0, frames, at, frame.length);
            at += frame.length;
        }
        return frames;
    }

    /** {@code {"type":"quote","id":42,"data":{...}}}, the WebSocket form of the same event. */
    String webSocketText() {
        String text = webSocketText;
        if (text == null) {
            text = "{\"type\":\"" + type + "\",\"id\":" + id + ",\"data\":" + data + "}";
            webSocketText = text;
        }
        return text;
    }
}
