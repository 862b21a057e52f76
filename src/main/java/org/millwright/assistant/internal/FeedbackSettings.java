package org.millwright.assistant.internal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Feedback and verified fixes, spare-part recommendations and maintenance analysis ({@code
 * millwright.assistant.feedback.*}).
 *
 * @param verifiedFixBoost how much a verified fix raises its passages in the next ranking for the
 *     same machine (a multiplier of their score, at least 1); for other machines of the same type
 *     it adds half as much
 * @param partVectorCache most spare-part vectors kept in memory (all tenants together), so a
 *     question does not embed the catalogue again
 * @param partMinSimilarity least semantic similarity (cosine) of a part recommended without any
 *     of the question's words or its part number
 * @param analysisPeriod months a maintenance analysis covers when the question names no period
 */
public record FeedbackSettings(
        @DecimalMin("1.0") @DecimalMax("100.0") @DefaultValue("2.0")
        double verifiedFixBoost,

        @Min(100) @Max(10_000_000) @DefaultValue("50000") int partVectorCache,

        @DecimalMin("-1.0") @DecimalMax("1.0") @DefaultValue("0.25")
        double partMinSimilarity,

        @Min(1) @Max(60) @DefaultValue("12") int analysisPeriod) {}
