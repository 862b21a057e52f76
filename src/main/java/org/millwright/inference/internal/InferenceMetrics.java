package org.millwright.inference.internal;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Meters of every inference: {@code millwright.inference.requests} (model, endpoint, tenant,
 * status), {@code millwright.inference.tokens} (direction in/out, model, tenant), {@code
 * millwright.inference.latency} and {@code millwright.inference.first.token} (model, endpoint).
 */
@Component
class InferenceMetrics {

    static final String REQUESTS = "millwright.inference.requests";
    static final String TOKENS = "millwright.inference.tokens";
    static final String LATENCY = "millwright.inference.latency";
    static final String FIRST_TOKEN = "millwright.inference.first.token";
    private final MeterRegistry registry;

    InferenceMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    void record(
            String model,
            String endpoint,
            UUID tenant,
            String status,
            int tokensIn,
            int tokensOut,
            long latencyMillis,
            Long firstTokenMillis) {
        String tenantTag = tenant == null ? "none" : tenant.toString();
        Counter.builder(REQUESTS)
                .description("Chat and speech inferences")
                .tags("model", model, "endpoint", endpoint, "tenant", tenantTag, "status", status)
                .register(registry)
                .increment();
        tokens("in", model, tenantTag, tokensIn);
        tokens("out", model, tenantTag, tokensOut);
        Timer.builder(LATENCY)
                .description("Time of an inference, retries included")
                .tags("model", model, "endpoint", endpoint, "status", status)
                .register(registry)
                .record(Duration.ofMillis(latencyMillis));
        if (firstTokenMillis != null) {
            Timer.builder(FIRST_TOKEN)
                    .description("Time from the call to the first streamed text")
                    .tags("model", model, "endpoint", endpoint)
                    .register(registry)
                    .record(Duration.ofMillis(firstTokenMillis));
        }
    }

    private void tokens(String direction, String model, String tenant, int count) {
        Counter.builder(TOKENS)
                .description("Tokens sent to and received from models")
                .tags("direction", direction, "model", model, "tenant", tenant)
                .register(registry)
                .increment(Math.max(0, count));
    }
}
