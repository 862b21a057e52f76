package org.millwright.maintenance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.millwright.maintenance.WorkOrderStatus.ACCEPTED;
import static org.millwright.maintenance.WorkOrderStatus.ASSIGNED;
import static org.millwright.maintenance.WorkOrderStatus.CANCELLED;
import static org.millwright.maintenance.WorkOrderStatus.CLOSED;
import static org.millwright.maintenance.WorkOrderStatus.COMPLETED;
import static org.millwright.maintenance.WorkOrderStatus.IN_PROGRESS;
import static org.millwright.maintenance.WorkOrderStatus.ON_HOLD;
import static org.millwright.maintenance.WorkOrderStatus.OPEN;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The work order state machine, every status against every status and every move. */
class WorkOrderStateMachineTest {

    /** The design's table: from each status, the statuses it may move to. */
    private static final Map<WorkOrderStatus, Set<WorkOrderStatus>> ALLOWED = Map.of(
            OPEN, EnumSet.of(ASSIGNED, CANCELLED),
            ASSIGNED, EnumSet.of(ASSIGNED, OPEN, ACCEPTED, CANCELLED),
            ACCEPTED, EnumSet.of(IN_PROGRESS, CANCELLED),
            IN_PROGRESS, EnumSet.of(ON_HOLD, COMPLETED, CANCELLED),
            ON_HOLD, EnumSet.of(IN_PROGRESS, CANCELLED),
            COMPLETED, EnumSet.of(CLOSED),
            CLOSED, EnumSet.noneOf(WorkOrderStatus.class),
            CANCELLED, EnumSet.noneOf(WorkOrderStatus.class));

    @Test
    void everyPairOfStatusesIsAllowedExactlyAsDesigned() {
        for (WorkOrderStatus from : WorkOrderStatus.values()) {
            for (WorkOrderStatus to : WorkOrderStatus.values()) {
                assertThat(from.canMoveTo(to))
                        .as("%s -> %s", from, to)
                        .isEqualTo(ALLOWED.get(from).contains(to));
            }
            assertThat(from.next()).as("next of %s", from).isEqualTo(ALLOWED.get(from));
        }
    }

    @Test
    void everyMoveStartsOnlyFromItsStatusesAndLeadsWhereItSays() {
        for (WorkOrderStatus from : WorkOrderStatus.values()) {
            for (WorkOrderTransition move : WorkOrderTransition.values()) {
                boolean allowed = move.allowedFrom(from);
                assertThat(from.transitions().contains(move)).isEqualTo(allowed);
                if (allowed) {
                    assertThat(ALLOWED.get(from)).as("%s from %s", move, from).containsAll(move.targets());
                }
            }
        }
        assertThat(WorkOrderTransition.DECLINE.target()).isEqualTo(OPEN);
        assertThat(WorkOrderTransition.ASSIGN.from()).containsExactlyInAnyOrder(OPEN, ASSIGNED);
        assertThat(WorkOrderTransition.COMPLETE.from()).containsExactly(IN_PROGRESS);
        assertThat(WorkOrderTransition.START.path()).isEqualTo("start");
    }

    @Test
    void openStatusesAreTheFiveBeforeCompletionAndOnlyThoseCanBeCancelled() {
        assertThat(WorkOrderStatus.OPEN_STATUSES).containsExactly(OPEN, ASSIGNED, ACCEPTED, IN_PROGRESS, ON_HOLD);
        for (WorkOrderStatus s : WorkOrderStatus.values()) {
            assertThat(s.canMoveTo(CANCELLED)).as("%s cancellable", s).isEqualTo(s.isOpen());
        }
    }

    @ParameterizedTest
    @EnumSource(
            value = WorkOrderStatus.class,
            names = {"CLOSED", "CANCELLED"})
    void finalStatusesAllowNothing(WorkOrderStatus status) {
        assertThat(status.isFinal()).isTrue();
        assertThat(status.isOpen()).isFalse();
        assertThat(status.transitions()).isEmpty();
    }

    @Test
    void priorityRanksPutUrgentFirst() {
        assertThat(WorkOrderPriority.URGENT.rank())
                .isGreaterThan(WorkOrderPriority.HIGH.rank())
                .isGreaterThan(WorkOrderPriority.MEDIUM.rank());
        assertThat(WorkOrderPriority.MEDIUM.rank()).isGreaterThan(WorkOrderPriority.LOW.rank());
    }
}
