package org.millwright.maintenance;

/** The kind of maintenance a work order asks for. */
public enum WorkOrderType {
    CORRECTIVE,
    PREVENTIVE,
    PREDICTIVE,
    INSPECTION
}
