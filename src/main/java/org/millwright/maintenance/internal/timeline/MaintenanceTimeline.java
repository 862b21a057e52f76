package org.millwright.maintenance.internal.timeline;

import java.time.Instant;
import java.util.Locale;
import org.millwright.maintenance.MaintenanceRequestSubmitted;
import org.millwright.maintenance.WorkOrderAssigned;
import org.millwright.maintenance.WorkOrderCreated;
import org.millwright.maintenance.WorkOrderStatusChanged;
import org.millwright.maintenance.WorkOrderTransition;
import org.millwright.platform.assets.AssetTimeline.Entry;
import org.millwright.platform.assets.AssetTimeline.Kind;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The maintenance module's own events on the machines' timelines: work orders created, assigned
 * and moved, and requests from the floor. Listened to synchronously, so an entry is written in the
 * transaction of the change and goes with it when it rolls back.
 */
@Component
class MaintenanceTimeline {

    private final TimelineService timeline;

    MaintenanceTimeline(TimelineService timeline) {
        this.timeline = timeline;
    }

    @EventListener
    void on(WorkOrderCreated e) {
        timeline.record(new Entry(
                e.assetId(),
                Kind.WORK_ORDER,
                "created",
                e.number() + " · " + e.title(),
                "work-order",
                e.workOrderId().toString(),
                e.occurredAt(),
                e.actorId(),
                "work-order:" + e.workOrderId() + ":created"));
    }

    @EventListener
    void on(WorkOrderAssigned e) {
        timeline.record(new Entry(
                e.assetId(),
                Kind.WORK_ORDER,
                "assigned",
                e.number() + " · " + e.assigneeIds().size() + " assignee(s)",
                "work-order",
                e.workOrderId().toString(),
                e.occurredAt(),
                e.actorId(),
                key(e.workOrderId(), "assigned", e.occurredAt())));
    }

    @EventListener
    void on(WorkOrderStatusChanged e) {
        if (e.transition() == WorkOrderTransition.ASSIGN) {
            return; // WorkOrderAssigned tells it, with the assignees
        }
        String summary = e.number() + " · " + e.from() + " → " + e.to();
        if (e.reason() != null && !e.reason().isBlank()) {
            summary += " · " + e.reason().strip();
        }
        String action = e.transition().name().toLowerCase(Locale.ROOT);
        timeline.record(new Entry(
                e.assetId(),
                Kind.WORK_ORDER,
                action,
                summary,
                "work-order",
                e.workOrderId().toString(),
                e.occurredAt(),
                e.actorId(),
                key(e.workOrderId(), action, e.occurredAt())));
    }

    @EventListener
    void on(MaintenanceRequestSubmitted e) {
        timeline.record(new Entry(
                e.assetId(),
                Kind.REQUEST,
                "submitted",
                "Request " + e.reference(),
                "maintenance-request",
                e.requestId().toString(),
                Instant.now(),
                null,
                "maintenance-request:" + e.requestId() + ":submitted"));
    }

    private static String key(Object workOrderId, String action, Instant at) {
        return "work-order:" + workOrderId + ":" + action + ":" + at.toEpochMilli();
    }
}
