package org.millwright.maintenance;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * Where a work order stands. The allowed moves between statuses are those of the {@link
 * WorkOrderTransition}s: OPEN → ASSIGNED → ACCEPTED → IN_PROGRESS ⇄ ON_HOLD, IN_PROGRESS →
 * COMPLETED → CLOSED; ASSIGNED → OPEN (declined) and ASSIGNED → ASSIGNED (reassigned); any open
 * status → CANCELLED. CLOSED and CANCELLED are final.
 */
public enum WorkOrderStatus {
    OPEN,
    ASSIGNED,
    ACCEPTED,
    IN_PROGRESS,
    ON_HOLD,
    COMPLETED,
    CLOSED,
    CANCELLED;

    /** The statuses of work still to be done: OPEN, ASSIGNED, ACCEPTED, IN_PROGRESS and ON_HOLD. */
    public static final Set<WorkOrderStatus> OPEN_STATUSES =
            Collections.unmodifiableSet(EnumSet.of(OPEN, ASSIGNED, ACCEPTED, IN_PROGRESS, ON_HOLD));

    public boolean isOpen() {
        return OPEN_STATUSES.contains(this);
    }

    /** Nothing can change any more (closed or cancelled). */
    public boolean isFinal() {
        return this == CLOSED || this == CANCELLED;
    }

    /** The transitions allowed from this status, in their declared order. */
    public Set<WorkOrderTransition> transitions() {
        EnumSet<WorkOrderTransition> allowed = EnumSet.noneOf(WorkOrderTransition.class);
        Arrays.stream(WorkOrderTransition.values())
                .filter(t -> t.allowedFrom(this))
                .forEach(allowed::add);
        return allowed;
    }

    /** The statuses this one may move to. */
    public Set<WorkOrderStatus> next() {
        EnumSet<WorkOrderStatus> next = EnumSet.noneOf(WorkOrderStatus.class);
        transitions().forEach(t -> next.addAll(t.targets()));
        return next;
    }

    public boolean canMoveTo(WorkOrderStatus target) {
        return next().contains(target);
    }
}
