/**
 * The assistant module: conversations with memory, grounded answers with citations (synchronous,
 * streamed over SSE and WebSocket), the extractive answer when no model is available, assistant
 * types, feedback and verified fixes, voice questions and per-session rate limits. It retrieves
 * from the knowledge module, asks models through the inference module and reads machines' context
 * from the maintenance module. Its root package is its public API; {@code internal} and {@code
 * web} are private.
 */
@ApplicationModule(
        displayName = "Assistant",
        allowedDependencies = {"platform", "knowledge", "inference", "maintenance"})
package org.millwright.assistant;

import org.springframework.modulith.ApplicationModule;
