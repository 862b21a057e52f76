package org.millwright.maintenance.internal.preventive;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.millwright.maintenance.WorkOrderPriority;
import org.millwright.maintenance.WorkOrderType;
import org.millwright.maintenance.internal.MaintenanceSettings;
import org.millwright.maintenance.internal.meter.Meter;
import org.millwright.maintenance.internal.meter.MeterRepository;
import org.millwright.maintenance.internal.workorder.Assignees;
import org.millwright.platform.error.InvalidRequestException;
import org.millwright.platform.error.UnprocessableException;
import org.springframework.stereotype.Component;

/**
 * Checks a plan's definition and returns it cleaned (texts stripped, defaults filled). A value
 * that is missing, malformed or out of range is a 400 naming the field; a well-formed plan that
 * cannot be (a meter of another asset, too many tasks) is a 422.
 */
@Component
class PlanChecks {

    static final int MAX_NAME = 200;
    static final int MAX_DESCRIPTION = 4000;
    static final int MAX_TASK = 500;
    static final int MAX_MINUTES = 7 * 24 * 60;
    static final int MAX_CALENDAR_EVERY = 1000;
    static final int MAX_DECIMALS = 3;
    static final BigDecimal MAX_METER_VALUE = new BigDecimal("999999999999");
    static final LocalDate EARLIEST_START = LocalDate.of(1970, 1, 1);
    static final LocalDate LATEST_START = LocalDate.of(2199, 12, 31);

    private final MeterRepository meters;
    private final Assignees assignees;
    private final MaintenanceSettings settings;

    PlanChecks(MeterRepository meters, Assignees assignees, MaintenanceSettings settings) {
        this.meters = meters;
        this.assignees = assignees;
        this.settings = settings;
    }

    /** The definition of a plan on this asset (of this plant), checked and cleaned. */
    PlanDefinition check(PlanDefinition d, UUID assetId, UUID siteId) {
        String name = required(d.name(), "name", MAX_NAME);
        String description = optional(d.description(), "description", MAX_DESCRIPTION);
        WorkOrderType type = d.type() == null ? WorkOrderType.PREVENTIVE : d.type();
        if (type != WorkOrderType.PREVENTIVE && type != WorkOrderType.INSPECTION) {
            throw new InvalidRequestException("error.plan-type", type);
        }
        WorkOrderPriority priority = d.priority() == null ? WorkOrderPriority.MEDIUM : d.priority();
        Integer minutes = d.estimatedMinutes();
        if (minutes != null && (minutes < 1 || minutes > MAX_MINUTES)) {
            throw new InvalidRequestException("error.plan-field-range", "estimatedMinutes", 1, MAX_MINUTES);
        }
        List<String> tasks = tasks(d.tasks());
        Set<UUID> people = d.assigneeIds().isEmpty() ? Set.of() : assignees.eligible(d.assigneeIds(), siteId);
        Trigger trigger = trigger(d.trigger(), assetId);
        return new PlanDefinition(assetId, name, description, type, priority, minutes, tasks, people, trigger);
    }

    private List<String> tasks(List<String> given) {
        List<String> tasks = new ArrayList<>();
        for (String task : given) {
            tasks.add(required(task, "tasks", MAX_TASK));
        }
        int max = settings.workOrders().maxChecklistItems();
        if (tasks.size() > max) {
            throw new UnprocessableException("error.plan-tasks-full", max);
        }
        return tasks;
    }

    private Trigger trigger(Trigger t, UUID assetId) {
        if (t == null || t.kind() == null) {
            throw new InvalidRequestException("error.plan-field-required", "trigger.kind");
        }
        if (t.every() == null) {
            throw new InvalidRequestException("error.plan-field-required", "trigger.every");
        }
        return switch (t.kind()) {
            case CALENDAR -> calendar(t);
            case METER -> meter(t, assetId);
        };
    }

    private static Trigger calendar(Trigger t) {
        if (t.meterId() != null || t.startValue() != null || t.lead() != null) {
            throw new InvalidRequestException("error.plan-calendar-meter-fields");
        }
        BigDecimal every = t.every().stripTrailingZeros();
        if (every.scale() > 0
                || every.compareTo(BigDecimal.ONE) < 0
                || every.compareTo(BigDecimal.valueOf(MAX_CALENDAR_EVERY)) > 0) {
            throw new InvalidRequestException("error.plan-calendar-every", MAX_CALENDAR_EVERY);
        }
        if (t.unit() == null) {
            throw new InvalidRequestException("error.plan-field-required", "trigger.unit");
        }
        LocalDate start = t.startDate();
        if (start == null) {
            throw new InvalidRequestException("error.plan-field-required", "trigger.startDate");
        }
        if (start.isBefore(EARLIEST_START) || start.isAfter(LATEST_START)) {
            throw new InvalidRequestException("error.plan-start-date", EARLIEST_START, LATEST_START);
        }
        CalendarMode mode = t.mode() == null ? CalendarMode.FIXED : t.mode();
        return Trigger.calendar(every.intValueExact(), t.unit(), start, mode);
    }

    private Trigger meter(Trigger t, UUID assetId) {
        if (t.unit() != null || t.startDate() != null || t.mode() != null) {
            throw new InvalidRequestException("error.plan-meter-calendar-fields");
        }
        if (t.meterId() == null) {
            throw new InvalidRequestException("error.plan-meter-required");
        }
        BigDecimal every = amount(t.every(), "trigger.every");
        if (every.signum() <= 0) {
            throw new InvalidRequestException("error.plan-meter-every");
        }
        BigDecimal start = t.startValue() == null ? BigDecimal.ZERO : amount(t.startValue(), "trigger.startValue");
        BigDecimal lead = t.lead() == null ? null : amount(t.lead(), "trigger.lead");
        if (lead != null && lead.compareTo(every) >= 0) {
            throw new InvalidRequestException(
                    "error.plan-lead", every.stripTrailingZeros().toPlainString());
        }
        Meter meter = meters.findById(t.meterId())
                .orElseThrow(() -> new UnprocessableException("error.plan-unknown-meter", t.meterId()));
        if (!meter.getAssetId().equals(assetId)) {
            throw new UnprocessableException("error.plan-meter-other-asset", meter.getName());
        }
        return Trigger.meter(meter.getId(), every, start, lead);
    }

    /** A meter amount: at least 0, at most {@link #MAX_METER_VALUE}, with at most 3 decimals. */
    private static BigDecimal amount(BigDecimal value, String field) {
        BigDecimal v = value.stripTrailingZeros();
        if (v.signum() < 0 || v.compareTo(MAX_METER_VALUE) > 0 || Math.max(0, v.scale()) > MAX_DECIMALS) {
            throw new InvalidRequestException(
                    "error.plan-amount", field, MAX_METER_VALUE.toPlainString(), MAX_DECIMALS);
        }
        return v.setScale(MAX_DECIMALS);
    }

    static String required(String value, String field, int max) {
        String stripped = optional(value, field, max);
        if (stripped == null) {
            throw new InvalidRequestException("error.plan-field-required", field);
        }
        return stripped;
    }

    static String optional(String value, String field, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String stripped = value.strip();
        if (stripped.length() > max) {
            throw new InvalidRequestException("error.plan-field-too-long", field, max);
        }
        return stripped;
    }
}
