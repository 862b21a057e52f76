package org.millwright.inference.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.millwright.inference.internal.config.ModelConfigValues;
import org.millwright.inference.internal.config.ModelConfigView;
import org.millwright.inference.internal.config.TenantModelConfigs;
import org.millwright.platform.error.NotFoundException;
import org.millwright.platform.tenancy.TenantContext;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Inference configuration", description = "The tenant's own chat model, overriding the global one")
@RestController
@RequestMapping("/api/v1/inference/config")
class InferenceConfigController {

    private final TenantModelConfigs configs;

    InferenceConfigController(TenantModelConfigs configs) {
        this.configs = configs;
    }

    @Operation(summary = "The tenant's chat model (404 when it uses the global one); the API key is never shown")
    @GetMapping
    @PreAuthorize("hasRole('ADMIN')")
    ModelConfigView get() {
        return configs.current()
                .orElseThrow(() -> NotFoundException.of("entity.inference-config", TenantContext.require()));
    }

    @Operation(
            summary = "Set the tenant's chat model",
            description = "provider: ollama or openai (any OpenAI-compatible server). apiKey is write-only:"
                    + " omitted keeps the stored key, empty removes it. temperature, maxTokens and timeoutMs"
                    + " are optional (the global settings apply when absent).")
    @PutMapping
    @PreAuthorize("hasRole('ADMIN')")
    ModelConfigView put(@Valid @RequestBody ModelConfigBody body) {
        return configs.put(
                new ModelConfigValues(
                        body.provider(),
                        body.baseUrl().strip(),
                        body.model().strip(),
                        body.temperature(),
                        body.maxTokens(),
                        body.timeoutMs()),
                body.apiKey());
    }

    @Operation(summary = "Remove the tenant's chat model: the global one applies again")
    @DeleteMapping
    @PreAuthorize("hasRole('ADMIN')")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete() {
        configs.delete();
    }

    record ModelConfigBody(
            @NotNull @Pattern(regexp = "ollama|openai") String provider,

            @NotBlank @Size(max = 500) @Pattern(regexp = "(?i)https?://\\S+")
            String baseUrl,

            @NotBlank @Size(max = 200) String model,
            @Size(max = 1000) String apiKey,
            @DecimalMin("0") @DecimalMax("2") Double temperature,
            @Min(1) @Max(32768) Integer maxTokens,
            @Min(1000) @Max(300000) Long timeoutMs) {}
}
