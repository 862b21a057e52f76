package org.millwright.maintenance.internal.workorder;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;
import java.util.UUID;
import org.millwright.maintenance.WorkOrderTransition;
import org.millwright.platform.tenancy.SiteService;
import org.springframework.stereotype.Component;

/** Builds the full view of a work order (inside the caller's transaction). */
@Component
class WorkOrderViews {

    private final ChecklistItemRepository checklist;
    private final LabourEntryRepository labour;
    private final PartLineRepository parts;
    private final WorkOrderCommentRepository comments;
    private final WorkOrderAttachmentRepository attachments;
    private final SiteService sites;
    private final Clock clock;

    WorkOrderViews(
            ChecklistItemRepository checklist,
            LabourEntryRepository labour,
            PartLineRepository parts,
            WorkOrderCommentRepository comments,
            WorkOrderAttachmentRepository attachments,
            SiteService sites,
            Clock clock) {
        this.checklist = checklist;
        this.labour = labour;
        this.parts = parts;
        this.comments = comments;
        this.attachments = attachments;
        this.sites = sites;
        this.clock = clock;
    }

    WorkOrderView of(WorkOrder wo) {
        UUID id = wo.getId();
        ZoneId zone = sites.zoneOf(wo.getSiteId());
        var labourViews = labour.findByWorkOrderIdOrderByWorkDateAscCreatedAtAsc(id).stream()
                .map(WorkOrderView.LabourView::of)
                .toList();
        var partViews = parts.findByWorkOrderIdOrderByCreatedAt(id).stream()
                .map(WorkOrderView.PartView::of)
                .toList();
        return new WorkOrderView(
                wo.summary(),
                wo.getDescription(),
                wo.getEstimatedMinutes(),
                wo.getReason(),
                wo.getCreatedBy(),
                zone.getId(),
                isOverdue(wo, today(zone)),
                wo.getStatusChangedAt(),
                wo.getStartedAt(),
                wo.getCompletedAt(),
                wo.getCompletedBy(),
                wo.getClosedAt(),
                wo.getHoldReason(),
                wo.getCancelReason(),
                wo.completion(),
                checklist.findByWorkOrderIdOrderByPosition(id).stream()
                        .map(WorkOrderView.ChecklistItemView::of)
                        .toList(),
                labourViews,
                labourViews.stream().mapToInt(WorkOrderView.LabourView::minutes).sum(),
                partViews,
                partViews.stream()
                        .map(WorkOrderView.PartView::lineCost)
                        .filter(Objects::nonNull)
                        .reduce(BigDecimal.ZERO, BigDecimal::add),
                comments.findByWorkOrderIdOrderByCreatedAt(id).stream()
                        .map(WorkOrderView.CommentView::of)
                        .toList(),
                attachments.findByWorkOrderIdOrderByCreatedAt(id).stream()
                        .map(WorkOrderView.AttachmentView::of)
                        .toList(),
                wo.getStatus().transitions().stream()
                        .map(WorkOrderTransition::path)
                        .toList(),
                java.util.List.copyOf(wo.getStatus().next()));
    }

    LocalDate today(ZoneId zone) {
        return LocalDate.now(clock.withZone(zone));
    }

    static boolean isOverdue(WorkOrder wo, LocalDate today) {
        return wo.getStatus().isOpen()
                && wo.getDueDate() != null
                && wo.getDueDate().isBefore(today);
    }
}
