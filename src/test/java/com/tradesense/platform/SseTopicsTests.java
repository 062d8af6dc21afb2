package com.tradesense.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

class SseTopicsTests {

    final SseTopics<String, String> topics = new SseTopics<>("test streams", 2);

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
    void completeAllEndsEveryTopic() {
        topics.open("AAPL", "amina");
        topics.completeAll();
        assertThat(topics.topics()).isEmpty();
        assertThat(topics.isWatched("AAPL")).isFalse();
    }
}
