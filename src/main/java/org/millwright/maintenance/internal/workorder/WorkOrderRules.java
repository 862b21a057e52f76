package org.millwright.maintenance.internal.workorder;

import org.millwright.maintenance.WorkOrderCompletion;
import org.millwright.platform.error.InvalidRequestException;

/**
 * The limits of a work order's values, checked in the service so that other modules' calls (which
 * bypass the API's bean validation) meet them too. Every failure is a 400 naming the field.
 */
final class WorkOrderRules {

    static final int MAX_TITLE = 200;
    static final int MAX_DESCRIPTION = 4000;
    static final int MAX_SOURCE_REF = 100;
    static final int MAX_REASON = 1000;
    static final int MAX_CODE = 20;
    static final int MAX_NOTES = 4000;
    static final int MAX_ASSIGNEES = 20;
    static final int MAX_TASK = 500;
    static final int MAX_COMMENT = 4000;
    static final int MAX_LABOUR_NOTE = 500;
    static final int MAX_LABOUR_MINUTES = 24 * 60;
    static final int MAX_DOWNTIME_MINUTES = 366 * 24 * 60;
    static final int MAX_ESTIMATED_MINUTES = 366 * 24 * 60;

    private WorkOrderRules() {}

    /** The value stripped; 400 when missing, blank or longer than {@code max}. */
    static String required(String value, String field, int max) {
        String stripped = optional(value, field, max);
        if (stripped == null) {
            throw new InvalidRequestException("error.work-order-field-required", field);
        }
        return stripped;
    }

    /** The value stripped, null when blank; 400 when longer than {@code max}. */
    static String optional(String value, String field, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String stripped = value.strip();
        if (stripped.length() > max) {
            throw new InvalidRequestException("error.work-order-field-too-long", field, max);
        }
        return stripped;
    }

    static <T> T present(T value, String field) {
        if (value == null) {
            throw new InvalidRequestException("error.work-order-field-required", field);
        }
        return value;
    }

    static int between(int value, String field, int min, int max) {
        if (value < min || value > max) {
            throw new InvalidRequestException("error.work-order-field-range", field, min, max);
        }
        return value;
    }

    /** An estimate of the work in minutes: null (not estimated) or 1 to a year's minutes. */
    static Integer estimate(Integer minutes) {
        return minutes == null ? null : between(minutes, "estimatedMinutes", 1, MAX_ESTIMATED_MINUTES);
    }

    /** The completion with its codes and notes stripped and checked. */
    static WorkOrderCompletion completion(WorkOrderCompletion c) {
        WorkOrderCompletion given = c == null ? new WorkOrderCompletion(null, null, null, null, null) : c;
        if (given.downtimeMinutes() != null) {
            between(given.downtimeMinutes(), "downtimeMinutes", 0, MAX_DOWNTIME_MINUTES);
        }
        return new WorkOrderCompletion(
                optional(given.failureMode(), "failureMode", MAX_CODE),
                optional(given.cause(), "cause", MAX_CODE),
                optional(given.remedy(), "remedy", MAX_CODE),
                given.downtimeMinutes(),
                optional(given.notes(), "notes", MAX_NOTES));
    }
}
