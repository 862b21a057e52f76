package org.millwright.inference.internal.chat;

import java.time.Duration;
import java.util.Optional;
import org.millwright.inference.internal.ChatSettings;
import org.millwright.inference.internal.config.TenantModelConfigs;
import org.millwright.inference.internal.config.TenantModelConfigs.StoredModel;
import org.millwright.platform.tenancy.TenantContext;

/**
 * The chat model of the tenant in context: the tenant's own when it set one, else the global one
 * from the settings, else the Ollama detected at start-up, else none.
 */
public final class ModelSelection {

    private final ChatSettings settings;
    private final TenantModelConfigs tenantConfigs;
    private final LocalOllama localOllama;

    public ModelSelection(ChatSettings settings, TenantModelConfigs tenantConfigs, LocalOllama localOllama) {
        this.settings = settings;
        this.tenantConfigs = tenantConfigs;
        this.localOllama = localOllama;
    }

    public Optional<ModelTarget> target() {
        if (TenantContext.tenant().isPresent()) {
            Optional<StoredModel> own = tenantConfigs.forCalls();
            if (own.isPresent()) {
                return own.map(this::tenantTarget);
            }
        }
        return global().or(this::detected);
    }

    private ModelTarget tenantTarget(StoredModel stored) {
        var v = stored.values();
        return new ModelTarget(
                v.provider(),
                v.baseUrl(),
                v.model(),
                stored.apiKey(),
                v.temperature() != null ? v.temperature() : settings.temperature(),
                v.maxTokens() != null ? v.maxTokens() : settings.maxTokens(),
                v.timeoutMillis() != null ? Duration.ofMillis(v.timeoutMillis()) : settings.timeout(),
                settings.idleTimeout(),
                "tenant");
    }

    private Optional<ModelTarget> global() {
        if (!settings.configured() || settings.model().isBlank()) {
            return Optional.empty();
        }
        String baseUrl = settings.baseUrl().isBlank() ? defaultBaseUrl(settings.provider()) : settings.baseUrl();
        return Optional.of(target(settings.provider(), baseUrl, settings.model(), settings.apiKey(), "global"));
    }

    private Optional<ModelTarget> detected() {
        if (settings.configured() || localOllama == null) {
            return Optional.empty();
        }
        return localOllama.model().map(m -> target(ModelTarget.OLLAMA, localOllama.url(), m, "", "detected"));
    }

    private ModelTarget target(String provider, String baseUrl, String model, String apiKey, String source) {
        return new ModelTarget(
                provider,
                baseUrl,
                model,
                apiKey,
                settings.temperature(),
                settings.maxTokens(),
                settings.timeout(),
                settings.idleTimeout(),
                source);
    }

    static String defaultBaseUrl(String provider) {
        return ModelTarget.OPENAI.equals(provider) ? "https://api.openai.com/v1" : "http://localhost:11434";
    }
}
