package org.millwright.assistant.internal.answer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.millwright.inference.AudioClip;
import org.millwright.inference.ChatCall;
import org.millwright.inference.ChatMessage;
import org.millwright.inference.ChatResult;
import org.millwright.inference.InferenceException;
import org.millwright.inference.InferenceFacade;
import org.millwright.inference.Transcription;
import org.millwright.platform.error.TooManyRequestsException;

class AnswerGeneratorTest {

    private static final ChatCall CALL =
            ChatCall.of("assistant.ask", null, null, List.of(ChatMessage.user("why does P-1 leak?")));

    @Test
    void aFailingModelGivesNoAnswerButASpentQuotaIsTheCallersBusiness() {
        for (InferenceException.Reason reason : InferenceException.Reason.values()) {
            var generator = generator(new Model(true, new InferenceException(reason, "no")));
            if (reason == InferenceException.Reason.QUOTA_EXCEEDED) {
                assertThatThrownBy(() -> generator.stream(CALL, t -> {}))
                        .isInstanceOfSatisfying(
                                TooManyRequestsException.class,
                                e -> assertThat(e.messageKey()).isEqualTo("assistant.quota-exceeded"));
            } else {
                assertThat(generator.stream(CALL, t -> {})).as(reason.name()).isEmpty();
                assertThat(generator.chat(CALL)).as(reason.name()).isEmpty();
            }
        }
    }

    @Test
    void theInferenceQuotaBecomesA429WithTheQuotaAndTheWaitUntilItRenews() {
        var renews = java.time.LocalDate.now(java.time.ZoneOffset.UTC).plusDays(3);
        var generator =
                generator(new Model(true, new org.millwright.inference.QuotaExceededException(1000, 1200, renews)));
        assertThatThrownBy(() -> generator.chat(CALL)).isInstanceOfSatisfying(TooManyRequestsException.class, e -> {
            assertThat(e.messageKey()).isEqualTo("inference.quota-exceeded");
            assertThat(e.retryAfter()).isPositive();
            assertThat(e.args()).contains(1000L);
        });
    }

    @Test
    void aWorkingModelStreamsItsTokens() {
        var generator = generator(new Model(true, null));
        List<String> tokens = new ArrayList<>();
        assertThat(generator.available()).isTrue();
        assertThat(generator.stream(CALL, tokens::add))
                .hasValueSatisfying(r -> assertThat(r.text()).isEqualTo("Check the seal [1]."));
        assertThat(tokens).containsExactly("Check ", "the seal [1].");
        assertThat(generator(new Model(false, null)).available()).isFalse();
    }

    @Test
    void citationsAreTheSourcesTheAnswerNames() {
        var sources = List.of(
                PromptBuilderTest.passage("one"), PromptBuilderTest.passage("two"), PromptBuilderTest.passage("three"));
        assertThat(AskPipeline.cited("Tighten the gland [3], then check [1][3] (not [7]).", sources))
                .extracting(Citation::n)
                .containsExactly(1, 3);
        assertThat(AskPipeline.cited("No numbers here.", sources))
                .extracting(Citation::n)
                .containsExactly(1, 2, 3);
    }

    private static AnswerGenerator generator(InferenceFacade model) {
        return new AnswerGenerator(model, Clock.systemUTC());
    }

    /** A model that answers with two tokens, or fails as told. */
    private record Model(boolean chat, InferenceException failure) implements InferenceFacade {

        @Override
        public boolean chatAvailable() {
            return chat;
        }

        @Override
        public ChatResult chat(ChatCall call) {
            return stream(call, t -> {});
        }

        @Override
        public ChatResult stream(ChatCall call, Consumer<String> onToken) {
            if (failure != null) {
                throw failure;
            }
            onToken.accept("Check ");
            onToken.accept("the seal [1].");
            return new ChatResult("Check the seal [1].", "test", "m", 10, 5, true, 3, 1L);
        }

        @Override
        public boolean speechAvailable() {
            return false;
        }

        @Override
        public Transcription transcribe(AudioClip clip) {
            throw new InferenceException(InferenceException.Reason.NOT_CONFIGURED, "none");
        }
    }
}
