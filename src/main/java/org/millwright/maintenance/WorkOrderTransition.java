package org.millwright.maintenance;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * The moves of a work order's state machine, each with the statuses it starts from and the one it
 * leads to. The API names each by {@link #path()} ({@code POST .../work-orders/{id}/start}).
 */
public enum WorkOrderTransition {
    /** To one or more technicians; from ASSIGNED it is a reassignment. */
    ASSIGN(EnumSet.of(WorkOrderStatus.OPEN, WorkOrderStatus.ASSIGNED), WorkOrderStatus.ASSIGNED),
    /**
     * An assignee turns the work down: back to OPEN when nobody else is assigned (stays ASSIGNED
     * when others are); a supervisor declining withdraws every assignee.
     */
    DECLINE(EnumSet.of(WorkOrderStatus.ASSIGNED), WorkOrderStatus.OPEN),
    ACCEPT(EnumSet.of(WorkOrderStatus.ASSIGNED), WorkOrderStatus.ACCEPTED),
    START(EnumSet.of(WorkOrderStatus.ACCEPTED), WorkOrderStatus.IN_PROGRESS),
    HOLD(EnumSet.of(WorkOrderStatus.IN_PROGRESS), WorkOrderStatus.ON_HOLD),
    RESUME(EnumSet.of(WorkOrderStatus.ON_HOLD), WorkOrderStatus.IN_PROGRESS),
    COMPLETE(EnumSet.of(WorkOrderStatus.IN_PROGRESS), WorkOrderStatus.COMPLETED),
    CLOSE(EnumSet.of(WorkOrderStatus.COMPLETED), WorkOrderStatus.CLOSED),
    CANCEL(EnumSet.copyOf(WorkOrderStatus.OPEN_STATUSES), WorkOrderStatus.CANCELLED);

    private final Set<WorkOrderStatus> from;
    private final WorkOrderStatus target;

    WorkOrderTransition(Set<WorkOrderStatus> from, WorkOrderStatus target) {
        this.from = Collections.unmodifiableSet(EnumSet.copyOf(from));
        this.target = target;
    }

    public boolean allowedFrom(WorkOrderStatus status) {
        return from.contains(status);
    }

    /** The statuses this move starts from. */
    public Set<WorkOrderStatus> from() {
        return from;
    }

    /** Where the move leads. */
    public WorkOrderStatus target() {
        return target;
    }

    /** Every status the move may lead to (a decline that leaves other assignees stays ASSIGNED). */
    public Set<WorkOrderStatus> targets() {
        return this == DECLINE ? EnumSet.of(WorkOrderStatus.OPEN, WorkOrderStatus.ASSIGNED) : EnumSet.of(target);
    }

    /** The last segment of the move's endpoint, e.g. {@code start}. */
    public String path() {
        return name().toLowerCase(Locale.ROOT);
    }
}
