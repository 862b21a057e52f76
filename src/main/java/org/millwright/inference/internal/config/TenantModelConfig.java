package org.millwright.inference.internal.config;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.UUID;
import org.millwright.platform.tenancy.TenantScoped;

/** A tenant's own chat model; its API key is stored encrypted, never shown. */
@Entity
@Table(name = "inference_model_configs")
public class TenantModelConfig extends TenantScoped {

    @Column(nullable = false, length = 20)
    private String provider;

    @Column(name = "base_url", nullable = false, length = 500)
    private String baseUrl;

    @Column(nullable = false, length = 200)
    private String model;

    @Column(name = "api_key", length = 2000)
    private String apiKeyCiphertext;

    private Double temperature;

    @Column(name = "max_tokens")
    private Integer maxTokens;

    @Column(name = "timeout_ms")
    private Long timeoutMillis;

    @Column(name = "updated_by")
    private UUID updatedBy;

    protected TenantModelConfig() {}

    public TenantModelConfig(ModelConfigValues values, String apiKeyCiphertext, UUID updatedBy) {
        change(values, apiKeyCiphertext, updatedBy);
    }

    public void change(ModelConfigValues values, String newApiKeyCiphertext, UUID by) {
        this.provider = values.provider();
        this.baseUrl = values.baseUrl();
        this.model = values.model();
        this.temperature = values.temperature();
        this.maxTokens = values.maxTokens();
        this.timeoutMillis = values.timeoutMillis();
        this.apiKeyCiphertext = newApiKeyCiphertext;
        this.updatedBy = by;
    }

    public String getProvider() {
        return provider;
    }

    public String getBaseUrl() {
        return baseUrl;
    }

    public String getModel() {
        return model;
    }

    public String getApiKeyCiphertext() {
        return apiKeyCiphertext;
    }

    public Double getTemperature() {
        return temperature;
    }

    public Integer getMaxTokens() {
        return maxTokens;
    }

    public Long getTimeoutMillis() {
        return timeoutMillis;
    }

    public UUID getUpdatedBy() {
        return updatedBy;
    }
}
