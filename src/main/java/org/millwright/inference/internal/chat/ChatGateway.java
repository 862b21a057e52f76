package org.millwright.inference.internal.chat;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.output.TokenUsage;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.millwright.inference.ChatMessage;
import org.millwright.inference.InferenceException;
import org.millwright.inference.InferenceException.Reason;
import org.millwright.inference.internal.resilience.Failure;
import org.millwright.inference.internal.resilience.Resilience;
import org.millwright.inference.internal.resilience.Resilience.AttemptFailed;

/**
 * Chat through LangChain4j's streaming models, bounded by the target's timeouts and run through
 * {@link Resilience}: a failed attempt is retried only while no text has reached the consumer.
 */
public final class ChatGateway {

    private final ChatModels models;
    private final Resilience resilience;

    public ChatGateway(ChatModels models, Resilience resilience) {
        this.models = models;
        this.resilience = resilience;
    }

    /**
     * Streams an answer to {@code onToken}.
     *
     * @throws org.millwright.inference.InferenceException when the model fails, times out, answers
     *     malformed or its circuit is open
     */
    public ChatOutcome stream(
            ModelTarget target,
            List<ChatMessage> messages,
            Double temperature,
            Integer maxTokens,
            Consumer<String> onToken) {
        if (messages.stream().allMatch(m -> m.content().isBlank())) {
            throw new InferenceException(Reason.REJECTED, "every message of the chat is empty");
        }
        ChatRequest request = ChatRequest.builder()
                .messages(messages.stream()
                        .filter(m -> !m.content().isBlank())
                        .map(ChatGateway::toLangChain)
                        .toList())
                .temperature(temperature != null ? temperature : target.temperature())
                .maxOutputTokens(maxTokens != null ? maxTokens : target.maxTokens())
                .build();
        long start = System.nanoTime();
        AtomicLong firstToken = new AtomicLong(-1);
        Consumer<String> timed = piece -> {
            firstToken.compareAndSet(-1, System.nanoTime());
            onToken.accept(piece);
        };
        ChatResponse response =
                resilience.call(target.baseUrl(), () -> attempt(target, request, timed), () -> firstToken.get() < 0);
        String text = response.aiMessage() == null ? null : response.aiMessage().text();
        TokenUsage usage = response.tokenUsage();
        long first = firstToken.get();
        return new ChatOutcome(
                text == null ? "" : text,
                usage == null ? null : usage.inputTokenCount(),
                usage == null ? null : usage.outputTokenCount(),
                first < 0 ? null : (first - start) / 1_000_000);
    }

    private ChatResponse attempt(ModelTarget target, ChatRequest request, Consumer<String> onToken)
            throws AttemptFailed {
        StreamingAttempt attempt = new StreamingAttempt(onToken);
        try {
            ObservedHttpClient.observing(attempt, () -> models.of(target).chat(request, attempt));
        } catch (RuntimeException e) {
            throw new AttemptFailed(Failure.of(e), "", e);
        }
        ChatResponse response = attempt.await(target.timeout(), target.idleTimeout());
        if (response == null || response.aiMessage() == null) {
            throw new AttemptFailed(Failure.malformed("the model's answer has no message"), attempt.text(), null);
        }
        if (response.aiMessage().text() == null && attempt.delivered()) {
            return response.toBuilder()
                    .aiMessage(AiMessage.from(attempt.text()))
                    .build();
        }
        return response;
    }

    private static dev.langchain4j.data.message.ChatMessage toLangChain(ChatMessage message) {
        return switch (message.role()) {
            case SYSTEM -> SystemMessage.from(message.content());
            case USER -> UserMessage.from(message.content());
            case ASSISTANT -> AiMessage.from(message.content());
        };
    }
}
