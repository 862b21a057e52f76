package org.millwright.maintenance.internal.preventive;

/**
 * How a calendar plan counts: FIXED keeps its due dates on the schedule from the start date
 * whatever happens to the work orders; FLOATING counts the next due date from the day the last
 * one was completed.
 */
public enum CalendarMode {
    FIXED,
    FLOATING
}
