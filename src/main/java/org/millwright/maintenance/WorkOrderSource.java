package org.millwright.maintenance;

/**
 * What opened a work order: a person (MANUAL), a maintenance request, a preventive plan, a failure
 * prediction, an alarm or the assistant. The work order's {@code sourceRef} names the object
 * (e.g. the alarm's id).
 */
public enum WorkOrderSource {
    MANUAL,
    REQUEST,
    PREVENTIVE_PLAN,
    PREDICTION,
    ALARM,
    ASSISTANT
}
