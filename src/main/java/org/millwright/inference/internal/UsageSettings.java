package org.millwright.inference.internal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.hibernate.validator.constraints.time.DurationMax;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Usage accounting ({@code millwright.inference.usage.*}).
 *
 * @param monthlyTokenQuota tokens (in + out) a tenant may use per calendar month (UTC); 0: no
 *     quota. A tenant's own quota, when set, replaces it.
 * @param currency the currency of {@code prices} (ISO 4217 code)
 * @param prices what a million tokens of a model cost; a model not listed costs 0 and is reported
 *     as not priced
 * @param quotaRefresh how long a node trusts its cached count of a tenant's month before reading
 *     it again (other nodes' inferences show after at most this long)
 */
public record UsageSettings(
        @PositiveOrZero @DefaultValue("0") long monthlyTokenQuota,
        @Pattern(regexp = "[A-Z]{3}") @DefaultValue("USD") String currency,
        List<@Valid Price> prices,
        @DurationMax(minutes = 10) @DefaultValue("10s") Duration quotaRefresh) {

    public UsageSettings {
        prices = prices == null ? List.of() : List.copyOf(prices);
    }

    /** The price of a model, by exact name (case ignored), if listed. */
    public Optional<Price> priceOf(String model) {
        if (model == null) {
            return Optional.empty();
        }
        String name = model.toLowerCase(Locale.ROOT);
        return prices.stream()
                .filter(p -> p.model().toLowerCase(Locale.ROOT).equals(name))
                .findFirst();
    }

    /**
     * What a million tokens of {@code model} cost, in and out.
     *
     * @param model the model name as the server reports it (e.g. {@code gpt-4o-mini}, {@code
     *     llama3.1:8b})
     */
    public record Price(
            @NotBlank String model,
            @NotNull @DecimalMin("0") BigDecimal inputPerMillion,
            @NotNull @DecimalMin("0") BigDecimal outputPerMillion) {}
}
