package org.millwright.inference;

import java.util.function.Consumer;

/**
 * The chat and speech models of the tenant in context ({@code TenantContext}, which the caller
 * sets). Every chat and transcription is bounded by the configured timeout, retried only when the
 * failure is retriable, refused at once while the model server's circuit is open, checked against
 * the tenant's monthly token quota, written to the audit log and published as {@link
 * InferenceRecorded}, whatever its outcome.
 */
public interface InferenceFacade {

    /** Whether a chat model is configured for the tenant in context (or detected at start-up). */
    boolean chatAvailable();

    /**
     * A whole answer.
     *
     * @throws InferenceException when no model is configured, the quota is spent, or the model
     *     fails, times out, answers malformed or its circuit is open
     */
    ChatResult chat(ChatCall call);

    /**
     * Streams the answer: {@code onToken} receives each piece of text as the model sends it, on the
     * calling thread or another, never concurrently; the call returns once the model has finished.
     *
     * @throws InferenceException as {@link #chat}; text already streamed is in {@link
     *     InferenceException#partialText()}
     */
    ChatResult stream(ChatCall call, Consumer<String> onToken);

    /** Whether a speech-to-text server is configured. */
    boolean speechAvailable();

    /**
     * The text spoken in {@code clip}.
     *
     * @throws InferenceException ({@link InferenceException.Reason#NOT_CONFIGURED} when no
     *     speech-to-text server is configured)
     */
    Transcription transcribe(AudioClip clip);
}
