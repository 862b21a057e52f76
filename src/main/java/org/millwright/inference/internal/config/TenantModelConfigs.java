package org.millwright.inference.internal.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.millwright.platform.audit.AuditLog;
import org.millwright.platform.crypto.SecretCipher;
import org.millwright.platform.error.InvalidRequestException;
import org.millwright.platform.error.NotFoundException;
import org.millwright.platform.security.CurrentPrincipal;
import org.millwright.platform.security.MillwrightPrincipal;
import org.millwright.platform.tenancy.TenantContext;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The chat model of the tenant in context, overriding the global one: read, replaced and removed
 * by its admins (audited, the key masked), and read with its key by the inference service.
 */
@Service
public class TenantModelConfigs {

    static final Set<String> PROVIDERS = Set.of("ollama", "openai");
    private static final String TARGET_TYPE = "inference-config";
    private final TenantModelConfigRepository configs;
    private final SecretCipher cipher;
    private final AuditLog audit;

    TenantModelConfigs(TenantModelConfigRepository configs, SecretCipher cipher, AuditLog audit) {
        this.configs = configs;
        this.cipher = cipher;
        this.audit = audit;
    }

    /** A tenant's model with its key in plain text, for calling it. */
    public record StoredModel(ModelConfigValues values, String apiKey) {}

    @Transactional(readOnly = true)
    public Optional<ModelConfigView> current() {
        return configs.findFirstBy().map(ModelConfigView::of);
    }

    /** The tenant's own model, when it has one; never for the API (it holds the key). */
    @Transactional(readOnly = true)
    public Optional<StoredModel> forCalls() {
        return configs.findFirstBy()
                .map(c -> new StoredModel(
                        new ModelConfigValues(
                                c.getProvider(),
                                c.getBaseUrl(),
                                c.getModel(),
                                c.getTemperature(),
                                c.getMaxTokens(),
                                c.getTimeoutMillis()),
                        c.getApiKeyCiphertext() == null ? "" : cipher.decrypt(c.getApiKeyCiphertext())));
    }

    /**
     * Sets the tenant's model. {@code apiKey} null keeps the stored key, blank removes it.
     *
     * @throws InvalidRequestException for an unknown provider or a base URL that is not http(s)
     */
    @Transactional
    public ModelConfigView put(ModelConfigValues values, String apiKey) {
        validate(values);
        UUID actor = CurrentPrincipal.get().map(MillwrightPrincipal::subjectId).orElse(null);
        Optional<TenantModelConfig> existing = configs.findFirstBy();
        Map<String, Object> before = existing.map(TenantModelConfigs::snapshot).orElse(null);
        TenantModelConfig saved;
        if (existing.isPresent()) {
            saved = existing.get();
            saved.change(values, sealed(apiKey, saved.getApiKeyCiphertext()), actor);
        } else {
            saved = configs.save(new TenantModelConfig(values, sealed(apiKey, null), actor));
        }
        configs.flush();
        audit.record(
                existing.isPresent() ? "inference.config.replaced" : "inference.config.created",
                TARGET_TYPE,
                TenantContext.require(),
                before,
                snapshot(saved));
        return ModelConfigView.of(saved);
    }

    @Transactional
    public void delete() {
        TenantModelConfig config = configs.findFirstBy()
                .orElseThrow(() -> NotFoundException.of("entity.inference-config", TenantContext.require()));
        Map<String, Object> before = snapshot(config);
        configs.delete(config);
        configs.flush();
        audit.record("inference.config.deleted", TARGET_TYPE, TenantContext.require(), before, null);
    }

    private String sealed(String apiKey, String current) {
        if (apiKey == null) {
            return current;
        }
        return apiKey.isBlank() ? null : cipher.encrypt(apiKey.strip());
    }

    static void validate(ModelConfigValues values) {
        if (values.provider() == null || !PROVIDERS.contains(values.provider())) {
            throw new InvalidRequestException("inference.config.provider", String.valueOf(values.provider()));
        }
        if (!httpUrl(values.baseUrl())) {
            throw new InvalidRequestException("inference.config.base-url", String.valueOf(values.baseUrl()));
        }
        if (values.model() == null || values.model().isBlank()) {
            throw new InvalidRequestException("inference.config.model");
        }
    }

    /** An absolute http or https URL with a host. */
    public static boolean httpUrl(String value) {
        if (value == null || value.isBlank()) {
            return false;
        }
        try {
            URI uri = new URI(value.strip());
            return uri.getScheme() != null
                    && Set.of("http", "https").contains(uri.getScheme().toLowerCase(java.util.Locale.ROOT))
                    && uri.getHost() != null
                    && uri.getRawQuery() == null
                    && uri.getRawFragment() == null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static Map<String, Object> snapshot(TenantModelConfig c) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("provider", c.getProvider());
        map.put("baseUrl", c.getBaseUrl());
        map.put("model", c.getModel());
        map.put("apiKey", c.getApiKeyCiphertext() == null ? null : "***");
        map.put("temperature", c.getTemperature());
        map.put("maxTokens", c.getMaxTokens());
        map.put("timeoutMs", c.getTimeoutMillis());
        return map;
    }
}
