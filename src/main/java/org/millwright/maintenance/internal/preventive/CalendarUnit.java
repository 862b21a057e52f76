package org.millwright.maintenance.internal.preventive;

/** The unit of a calendar plan's interval. */
public enum CalendarUnit {
    DAYS,
    WEEKS,
    MONTHS
}
