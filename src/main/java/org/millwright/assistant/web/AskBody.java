package org.millwright.assistant.web;

import java.util.UUID;
import org.millwright.assistant.internal.answer.AskPipeline;

/**
 * A question: its text, and optionally the conversation to continue, the machine and plant it is
 * about, the assistant type (troubleshooting by default) and the answer's language ({@code es},
 * {@code en}; detected from the question when absent). Checked by the pipeline, so that the REST,
 * SSE and WebSocket paths refuse the same things the same way.
 */
record AskBody(String question, UUID conversationId, UUID assetId, UUID siteId, String type, String language) {

    AskPipeline.AskRequest toRequest() {
        return new AskPipeline.AskRequest(question, conversationId, assetId, siteId, type, language);
    }
}
