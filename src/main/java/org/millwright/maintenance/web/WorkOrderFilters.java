package org.millwright.maintenance.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.millwright.maintenance.WorkOrderStatus;
import org.millwright.platform.error.InvalidRequestException;
import org.springframework.data.domain.Sort;

/** Parses the query parameters of the work order list; a bad value is a 400 naming the parameter. */
final class WorkOrderFilters {

    /** Sortable properties by their API name. */
    private static final Map<String, String> SORTABLE = Map.of(
            "number", "number",
            "createdAt", "createdAt",
            "updatedAt", "updatedAt",
            "dueDate", "dueDate",
            "priority", "priorityRank",
            "status", "status",
            "title", "title",
            "type", "type");

    private WorkOrderFilters() {}

    /** Comma-separated statuses; {@code open} stands for the five open ones. */
    static Set<WorkOrderStatus> statuses(String csv) {
        Set<WorkOrderStatus> statuses = EnumSet.noneOf(WorkOrderStatus.class);
        for (String value : values(csv)) {
            if (value.equals("open")) {
                statuses.addAll(WorkOrderStatus.OPEN_STATUSES);
            } else {
                statuses.add(parse(value, "status", WorkOrderStatus::valueOf));
            }
        }
        return statuses;
    }

    /** Comma-separated enum names (case does not matter). */
    static <E extends Enum<E>> Set<E> enums(String csv, String parameter, Class<E> type) {
        Set<E> found = EnumSet.noneOf(type);
        for (String value : values(csv)) {
            found.add(parse(value, parameter, v -> Enum.valueOf(type, v)));
        }
        return found;
    }

    /** An instant ({@code 2026-03-01T08:00:00Z}) or a day ({@code 2026-03-01}, its start in UTC). */
    static Instant instant(String value, String parameter) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return value.contains("T")
                    ? Instant.parse(value.strip())
                    : LocalDate.parse(value.strip())
                            .atStartOfDay(ZoneOffset.UTC)
                            .toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidRequestException("error.work-order-filter", parameter, value);
        }
    }

    /**
     * {@code property[,asc|desc]}; by default newest first. Ties are broken by creation then id, so
     * pages never overlap; work orders without a due date come last in either direction.
     */
    static Sort sort(String value) {
        Sort tail = Sort.by(Sort.Order.desc("createdAt"), Sort.Order.asc("id"));
        if (value == null || value.isBlank()) {
            return tail;
        }
        String[] parts = value.strip().split("\\s*,\\s*");
        String property = SORTABLE.get(parts[0]);
        if (property == null || parts.length > 2) {
            throw new InvalidRequestException("error.work-order-sort", value, String.join(", ", SORTABLE.keySet()));
        }
        Sort.Direction direction = Sort.Direction.ASC;
        if (parts.length == 2) {
            direction = Sort.Direction.fromOptionalString(parts[1])
                    .orElseThrow(() -> new InvalidRequestException(
                            "error.work-order-sort", value, String.join(", ", SORTABLE.keySet())));
        }
        Sort.Order order = new Sort.Order(direction, property);
        if (property.equals("dueDate")) {
            order = order.nullsLast();
        }
        return Sort.by(order).and(tail);
    }

    private static Set<String> values(String csv) {
        Set<String> values = new LinkedHashSet<>();
        if (csv != null) {
            for (String part : csv.split(",")) {
                if (!part.isBlank()) {
                    values.add(part.strip());
                }
            }
        }
        return values;
    }

    private static <T> T parse(String value, String parameter, Function<String, T> parser) {
        try {
            return parser.apply(value.toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException("error.work-order-filter", parameter, value);
        }
    }
}
