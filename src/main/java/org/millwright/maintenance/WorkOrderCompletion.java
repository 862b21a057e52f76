package org.millwright.maintenance;

/**
 * How a work order ended: failure mode, cause and remedy codes (at most 20 characters each, all
 * optional), the machine's downtime in minutes (optional, not negative) and notes.
 */
public record WorkOrderCompletion(
        String failureMode, String cause, String remedy, Integer downtimeMinutes, String notes) {}
