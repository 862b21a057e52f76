package org.millwright.inference.internal;

import java.time.Clock;
import org.millwright.inference.internal.chat.ChatGateway;
import org.millwright.inference.internal.chat.ChatModels;
import org.millwright.inference.internal.chat.LocalOllama;
import org.millwright.inference.internal.chat.ModelSelection;
import org.millwright.inference.internal.config.TenantModelConfigs;
import org.millwright.inference.internal.resilience.Backoff;
import org.millwright.inference.internal.resilience.CircuitBreakers;
import org.millwright.inference.internal.resilience.Resilience;
import org.millwright.inference.internal.speech.SpeechGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import tools.jackson.databind.json.JsonMapper;

/** The inference module's parts, built from {@link InferenceSettings}. */
@Configuration(proxyBeanMethods = false)
class InferenceConfig {

    private static final Logger log = LoggerFactory.getLogger(InferenceConfig.class);

    @Bean
    Resilience inferenceResilience(InferenceSettings settings, Clock clock) {
        ResilienceSettings r = settings.resilience();
        return new Resilience(
                new CircuitBreakers(r.failureThreshold(), r.openDuration(), clock),
                r.retries(),
                new Backoff(r.initialBackoff(), r.maxBackoff()));
    }

    @Bean
    LocalOllama localOllama(InferenceSettings settings, JsonMapper json) {
        ChatSettings chat = settings.chat();
        return new LocalOllama(chat.detectUrl(), chat.model(), chat.detectTimeout(), json);
    }

    @Bean
    ModelSelection modelSelection(InferenceSettings settings, TenantModelConfigs tenantConfigs, LocalOllama ollama) {
        return new ModelSelection(settings.chat(), tenantConfigs, ollama);
    }

    @Bean
    ChatGateway chatGateway(Resilience inferenceResilience) {
        return new ChatGateway(new ChatModels(), inferenceResilience);
    }

    @Bean
    SpeechGateway speechGateway(InferenceSettings settings, Resilience inferenceResilience, JsonMapper json) {
        return new SpeechGateway(settings.speech(), inferenceResilience, json);
    }

    /** With no provider configured, looks for a local Ollama once the application is up. */
    @EventListener(ApplicationReadyEvent.class)
    void detectLocalOllama(ApplicationReadyEvent ready) {
        InferenceSettings settings = ready.getApplicationContext().getBean(InferenceSettings.class);
        ChatSettings chat = settings.chat();
        if (chat.configured()) {
            log.info("Chat model: {} {} at {}", chat.provider(), chat.model(), chat.baseUrl());
        } else if (chat.detectLocalOllama()) {
            ready.getApplicationContext().getBean(LocalOllama.class).detectInBackground();
        } else {
            log.info("No chat model configured and detection is off: answers are extractive");
        }
    }
}
