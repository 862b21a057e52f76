package org.millwright.maintenance;

/** How soon a work order must be done; {@link #rank()} orders them (URGENT highest). */
public enum WorkOrderPriority {
    LOW(1),
    MEDIUM(2),
    HIGH(3),
    URGENT(4);

    private final int rank;

    WorkOrderPriority(int rank) {
        this.rank = rank;
    }

    public int rank() {
        return rank;
    }
}
