package com.tradesense.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.io.IOException;

import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketMessage;
import org.springframework.web.socket.WebSocketSession;
import tools.jackson.databind.json.JsonMapper;

class StreamTopicsTests {

    final StreamTopics<String, String> topics = new StreamTopics<>("test streams", 2);

    @Test
    void refusesAUsersStreamPastTheLimitAcrossTopicsButNotAnotherUsers() {
        topics.open("AAPL", "amina");
        topics.open("MSFT", "amina");
        assertThatThrownBy(() -> topics.open("NVDA", "amina")).isInstanceOfSatisfying(TooManyRequestsException.class,
                e -> assertThat(e.getMessage()).contains("At most 2 test streams"));
        topics.open("NVDA", "youssef");
        assertThat(topics.topics()).containsExactlyInAnyOrder("AAPL", "MSFT", "NVDA");
    }

    @Test
    void aStreamThatCannotBeWrittenIsForgottenAndFreesItsPlace() {
        SseEmitter emitter = topics.open("AAPL", "amina");
        topics.open("AAPL", "amina");
        emitter.complete(); // written to after completion: IllegalStateException, so the send forgets it
        topics.send("AAPL", "quote", "x");
        assertThat(topics.watcher("AAPL")).contains("amina");
        topics.open("MSFT", "amina");
    }

    @Test
    void aWebSocketGetsEachEventAsOneMessageWithTypeIdAndData() throws IOException {
        WebSocketSession socket = openSocket();
        topics.open("AAPL", "amina", socket, JsonMapper.builder().build());

        topics.send("AAPL", "quote", java.util.Map.of("price", 101));

        ArgumentCaptor<WebSocketMessage<?>> sent = ArgumentCaptor.captor();
        verify(socket).sendMessage(sent.capture());
        assertThat(((TextMessage) sent.getValue()).getPayload()).matches(
                "\\{\"type\":\"quote\",\"id\":\\d+,\"data\":\\{\"price\":101}}");
    }

    @Test
    void socketsAndEventStreamsShareTheLimitAndAClosedSocketFreesItsPlace() {
        WebSocketSession socket = openSocket();
        topics.open("AAPL", "amina", socket, JsonMapper.builder().build());
        topics.open("MSFT", "amina");
        assertThatThrownBy(() -> topics.open("NVDA", "amina", openSocket(), JsonMapper.builder().build()))
                .isInstanceOf(TooManyRequestsException.class);

        topics.close("AAPL", socket);

        assertThat(topics.isWatched("AAPL")).isFalse();
        topics.open("NVDA", "amina", openSocket(), JsonMapper.builder().build());
    }

    @Test
    void aSocketThatCannotBeWrittenIsForgottenAndClosed() throws IOException {
        WebSocketSession socket = openSocket();
        doThrow(new IOException("broken pipe")).when(socket).sendMessage(any());
        topics.open("AAPL", "amina", socket, JsonMapper.builder().build());

        topics.send("AAPL", "quote", "x");

        assertThat(topics.isWatched("AAPL")).isFalse();
        verify(socket).close(CloseStatus.GOING_AWAY);
    }

    private static WebSocketSession openSocket() {
        WebSocketSession socket = mock(WebSocketSession.class);
        when(socket.isOpen()).thenReturn(true);
        when(socket.getId()).thenReturn(java.util.UUID.randomUUID().toString());
        return socket;
    }

    @Test
    void completeAllEndsEveryTopic() {
        topics.open("AAPL", "amina");
        topics.completeAll();
        assertThat(topics.topics()).isEmpty();
        assertThat(topics.isWatched("AAPL")).isFalse();
    }
}
