/**
 * The inference module: chat and speech models behind ports (Ollama and OpenAI-compatible servers
 * through LangChain4j), with timeouts, retries, a circuit breaker, token accounting, the audit row
 * of every inference, usage and cost per tenant, and monthly token quotas. Its root package is its
 * public API ({@link org.millwright.inference.InferenceFacade} and {@link
 * org.millwright.inference.InferenceRecorded}); {@code internal} and {@code web} are private. It
 * depends on the platform only.
 */
@ApplicationModule(displayName = "Inference", allowedDependencies = "platform")
package org.millwright.inference;

import org.springframework.modulith.ApplicationModule;
