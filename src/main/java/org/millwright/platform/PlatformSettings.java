package org.millwright.platform;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Every setting of the platform module, bound from {@code millwright.*}. The README's
 * configuration table lists each one with its environment variable.
 */
@Validated
@ConfigurationProperties("millwright")
public record PlatformSettings(
        @NotNull @DefaultValue("./data") Path dataDir,
        @Valid @DefaultValue Bootstrap bootstrap,
        @Valid @DefaultValue Security security,
        @Valid @DefaultValue Limits limits,
        @Valid @DefaultValue RateLimit rateLimit) {

    /** What the first start creates. Blank values are generated and printed once. */
    public record Bootstrap(
            @DefaultValue("admin@millwright.local") String adminEmail,
            String adminPassword,
            String adminApiKey,
            @DefaultValue("Millwright") String tenantName,
            @DefaultValue("true") boolean demo) {}

    /** Tokens, lockout and the master key for secrets at rest. */
    public record Security(
            String jwtSecret,
            @DefaultValue("15m") Duration accessTokenTtl,
            @DefaultValue("7d") Duration refreshTokenTtl,
            @Min(1) @DefaultValue("5") int maxFailedLogins,
            @DefaultValue("15m") Duration lockoutDuration,
            @DefaultValue("24h") Duration passwordResetTtl,
            @Min(8) @DefaultValue("10") int minPasswordLength,
            String masterKey) {}

    /** Request limits, answered with 413 and a clear message. */
    public record Limits(
            @DefaultValue("1MB") DataSize maxJsonBody,
            @Min(1) @DefaultValue("200") int maxPageSize) {}

    /** Requests per minute allowed for each caller and for each tenant as a whole. */
    public record RateLimit(
            @DefaultValue("true") boolean enabled,
            @Min(1) @DefaultValue("600") int perPrincipalPerMinute,
            @Min(1) @DefaultValue("3000") int perTenantPerMinute,
            @Min(1) @DefaultValue("30") int anonymousPerMinute) {}
}
