package org.millwright.assistant.internal.answer;

import java.time.Clock;
import java.util.Optional;
import java.util.function.Consumer;
import org.millwright.inference.ChatCall;
import org.millwright.inference.ChatResult;
import org.millwright.inference.InferenceException;
import org.millwright.inference.InferenceFacade;
import org.millwright.inference.QuotaExceededException;
import org.millwright.platform.error.TooManyRequestsException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The model's side of an answer, through the inference module. No model configured, or a model that fails, times out or has its circuit open, gives an empty
 * result: the caller answers extractively. Only a spent token quota is the user's business: it
 * becomes a 429.
 */
@Component
public class AnswerGenerator {

    private static final Logger log = LoggerFactory.getLogger(AnswerGenerator.class);
    private final InferenceFacade inference;
    private final Clock clock;

    AnswerGenerator(InferenceFacade inference, Clock clock) {
        this.inference = inference;
        this.clock = clock;
    }

    /** Whether a chat model can be asked for the tenant in context. */
    public boolean available() {
        try {
            return inference.chatAvailable();
        } catch (RuntimeException e) {
            log.warn("The inference module could not say whether a chat model is available", e);
            return false;
        }
    }

    /**
     * Streams the model's answer to {@code onToken}; empty when there is no model or it failed
     * (text already streamed is then to be discarded by the caller).
     *
     * @throws TooManyRequestsException when the tenant's token quota is spent
     */
    public Optional<ChatResult> stream(ChatCall call, Consumer<String> onToken) {
        try {
            return Optional.of(inference.stream(call, onToken));
        } catch (InferenceException e) {
            return failed(call, e);
        }
    }

    /** The model's whole answer; empty when there is no model or it failed. */
    public Optional<ChatResult> chat(ChatCall call) {
        try {
            return Optional.of(inference.chat(call));
        } catch (InferenceException e) {
            return failed(call, e);
        }
    }

    private Optional<ChatResult> failed(ChatCall call, InferenceException e) {
        if (e instanceof QuotaExceededException quota) {
            throw new TooManyRequestsException(
                    QuotaExceededException.MESSAGE_KEY, quota.retryAfter(clock.instant()), quota.messageArgs());
        }
        if (e.reason() == InferenceException.Reason.QUOTA_EXCEEDED) {
            throw new TooManyRequestsException("assistant.quota-exceeded", null);
        }
        log.info(
                "No model answer for {} ({}: {}); answering extractively", call.endpoint(), e.reason(), e.getMessage());
        return Optional.empty();
    }
}
