package org.millwright.maintenance.internal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMax;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/** Every setting of the maintenance module, bound from {@code millwright.maintenance.*}. */
@Validated
@ConfigurationProperties("millwright.maintenance")
public record MaintenanceSettings(
        @Valid @DefaultValue WorkOrders workOrders,
        @Valid @DefaultValue PublicRequests publicRequests,
        @Valid @DefaultValue Imports imports,
        @Valid @DefaultValue Preventive preventive) {

    /**
     * Limits of a work order's parts.
     *
     * @param maxAttachmentSize largest file attached to a work order
     * @param maxChecklistItems most tasks in one checklist
     */
    public record WorkOrders(
            @DefaultValue("20MB") DataSize maxAttachmentSize,
            @Min(1) @Max(1000) @DefaultValue("200") int maxChecklistItems) {}

    /**
     * The public request page an asset's QR code opens (no login).
     *
     * @param perMinute requests one client address may send per minute
     * @param maxPhotoSize largest photo attached to a request
     * @param maxTextLength longest description of a problem
     * @param publicBaseUrl the address printed in QR codes (empty: taken from the request)
     * @param maxPendingPerAsset most requests waiting for a decision on one asset; more get 429
     */
    public record PublicRequests(
            @Min(1) @DefaultValue("5") int perMinute,
            @DefaultValue("5MB") DataSize maxPhotoSize,
            @Min(20) @Max(20000) @DefaultValue("2000") int maxTextLength,
            @DefaultValue("") String publicBaseUrl,
            @Min(1) @DefaultValue("50") int maxPendingPerAsset) {}

    /**
     * CSV import of assets and maintenance history.
     *
     * @param maxFileSize largest CSV file accepted
     * @param maxRows most data rows in one file
     */
    public record Imports(
            @DefaultValue("50MB") DataSize maxFileSize,
            @Min(1) @DefaultValue("200000") int maxRows) {}

    /**
     * Preventive plans.
     *
     * @param horizon how far ahead the scheduled run creates work orders (0 to 366 days)
     * @param checkInterval how often the scheduled run looks for due plans (at least a minute)
     */
    public record Preventive(
            @DurationMin(days = 0) @DurationMax(days = 366) @DefaultValue("14d")
            Duration horizon,

            @DurationMin(minutes = 1) @DefaultValue("1h") Duration checkInterval) {}
}
