package org.millwright.maintenance.internal.preventive;

/** What a preventive plan falls due by: the calendar, or the use a meter counts. */
public enum TriggerKind {
    CALENDAR,
    METER
}
