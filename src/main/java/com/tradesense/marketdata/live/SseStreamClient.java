package com.tradesense.marketdata.live;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.Executor;

import org.springframework.http.MediaType;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyEmitter;

/** A Server-Sent Events client: each batch goes out as one write and flush of ready-made SSE frames. */
final class SseStreamClient extends StreamClient {

    static final MediaType EVENT_STREAM = MediaType.TEXT_EVENT_STREAM;

    private final ResponseBodyEmitter emitter;

    SseStreamClient(long id, String userId, int maxQueuedEvents, Executor writer, ResponseBodyEmitter emitter) {
        super(id, userId, maxQueuedEvents, writer);
        this.emitter = emitter;
    }

    @Override
    void write(List<LiveEvent> batch) throws IOException {
        emitter.send(LiveEvent.sseFrames(batch), EVENT_STREAM);
    }

    @Override
    void release() {
        try {
            emitter.complete();
        } catch (RuntimeException alreadyGone) {
            // The response ended first (the client disconnected): nothing left to complete.
        }
    }
}
