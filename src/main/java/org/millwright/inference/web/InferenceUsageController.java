package org.millwright.inference.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.millwright.inference.internal.usage.QuotaState;
import org.millwright.inference.internal.usage.TenantQuotas;
import org.millwright.inference.internal.usage.UsageGrouping;
import org.millwright.inference.internal.usage.UsageReport;
import org.millwright.inference.internal.usage.UsageReports;
import org.millwright.platform.error.InvalidRequestException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Inference usage", description = "Inferences, tokens and cost per day, user or model; monthly token quotas")
@RestController
@RequestMapping("/api/v1/inference")
class InferenceUsageController {

    private final UsageReports reports;
    private final TenantQuotas quotas;
    private final Clock clock;

    InferenceUsageController(UsageReports reports, TenantQuotas quotas, Clock clock) {
        this.reports = reports;
        this.quotas = quotas;
        this.clock = clock;
    }

    @Operation(
            summary = "Requests, errors, tokens and cost from (default: this month's first day) to (default: today),"
                    + " UTC days both included (an instant counts as its UTC day; at most 1830 days), per groupBy"
                    + " (day, user or model; default day), in total, and this month's quota state")
    @GetMapping("/usage")
    @PreAuthorize("hasRole('SUPERVISOR')")
    UsageReport usage(
            @RequestParam(required = false) @Size(max = 40) String from,
            @RequestParam(required = false) @Size(max = 40) String to,
            @RequestParam(required = false) String groupBy) {
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        LocalDate start = TimeParams.day("from", from);
        LocalDate end = TimeParams.day("to", to);
        return reports.report(
                start == null ? today.withDayOfMonth(1) : start, end == null ? today : end, grouping(groupBy));
    }

    @Operation(summary = "The tenant's monthly token quota (its own or the default) and this month's use")
    @GetMapping("/quota")
    @PreAuthorize("hasRole('ADMIN')")
    QuotaState quota() {
        return quotas.current();
    }

    @Operation(
            summary = "Set the tenant's own monthly token quota (tokens in + out per UTC calendar month); 0 is"
                    + " unlimited, null (or absent) goes back to the default")
    @PutMapping("/quota")
    @PreAuthorize("hasRole('ADMIN')")
    QuotaState setQuota(@Valid @RequestBody QuotaChange body) {
        return quotas.set(body.monthlyTokenQuota());
    }

    /** A tenant's own quota: tokens per month, 0 for unlimited, null for the default. */
    record QuotaChange(@PositiveOrZero Long monthlyTokenQuota) {}

    private static UsageGrouping grouping(String value) {
        if (value == null || value.isBlank()) {
            return UsageGrouping.DAY;
        }
        try {
            return UsageGrouping.fromWire(value);
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException("error.inference-group-by", value);
        }
    }
}
