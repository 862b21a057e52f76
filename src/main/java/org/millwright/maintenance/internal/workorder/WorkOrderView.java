package org.millwright.maintenance.internal.workorder;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.millwright.maintenance.WorkOrderCompletion;
import org.millwright.maintenance.WorkOrderStatus;
import org.millwright.maintenance.WorkOrderSummary;

/**
 * A work order in full: its summary, texts, times, completion, checklist, labour, parts,
 * comments, attachments, and the moves its status allows ({@code allowedTransitions} by endpoint
 * name, {@code nextStatuses} where they lead). {@code overdue}: open and due before today in its
 * plant's time zone. {@code estimatedMinutes}: how long the work is expected to take (null: not
 * estimated).
 */
public record WorkOrderView(
        @JsonUnwrapped WorkOrderSummary workOrder,
        String description,
        Integer estimatedMinutes,
        String reason,
        UUID createdBy,
        String siteTimeZone,
        boolean overdue,
        Instant statusChangedAt,
        Instant startedAt,
        Instant completedAt,
        UUID completedBy,
        Instant closedAt,
        String holdReason,
        String cancelReason,
        WorkOrderCompletion completion,
        List<ChecklistItemView> checklist,
        List<LabourView> labour,
        int labourMinutes,
        List<PartView> parts,
        BigDecimal partsCost,
        List<CommentView> comments,
        List<AttachmentView> attachments,
        List<String> allowedTransitions,
        List<WorkOrderStatus> nextStatuses) {

    /** A checklist task. */
    public record ChecklistItemView(UUID id, int position, String task, boolean done, UUID doneBy, Instant doneAt) {
        static ChecklistItemView of(ChecklistItem c) {
            return new ChecklistItemView(
                    c.getId(), c.getPosition(), c.getTask(), c.isDone(), c.getDoneBy(), c.getDoneAt());
        }
    }

    /** Time spent by one person on one day. */
    public record LabourView(
            UUID id, UUID userId, int minutes, LocalDate date, String note, UUID recordedBy, Instant createdAt) {
        static LabourView of(LabourEntry l) {
            return new LabourView(
                    l.getId(),
                    l.getUserId(),
                    l.getMinutes(),
                    l.getWorkDate(),
                    l.getNote(),
                    l.getRecordedBy(),
                    l.getCreatedAt());
        }
    }

    /** A part used; {@code lineCost} is quantity × unit cost when the cost is known. */
    public record PartView(
            UUID id,
            UUID partId,
            String partNumber,
            String description,
            BigDecimal quantity,
            BigDecimal unitCost,
            BigDecimal lineCost,
            UUID recordedBy,
            Instant createdAt) {
        static PartView of(PartLine p) {
            var part = p.part();
            BigDecimal cost = part.unitCost() == null ? null : part.unitCost().multiply(part.quantity());
            return new PartView(
                    p.getId(),
                    part.partId(),
                    part.partNumber(),
                    part.description(),
                    part.quantity(),
                    part.unitCost(),
                    cost,
                    p.getRecordedBy(),
                    p.getCreatedAt());
        }
    }

    /** A comment with its author. */
    public record CommentView(UUID id, UUID authorId, String author, String text, Instant createdAt) {
        static CommentView of(WorkOrderComment c) {
            return new CommentView(c.getId(), c.getAuthorId(), c.getAuthorLabel(), c.getBody(), c.getCreatedAt());
        }
    }

    /** An attached file's description; {@code url} downloads it. */
    public record AttachmentView(
            UUID id,
            String fileName,
            String mediaType,
            long sizeBytes,
            UUID uploadedBy,
            Instant createdAt,
            String url) {
        static AttachmentView of(WorkOrderAttachment a) {
            return new AttachmentView(
                    a.getId(),
                    a.getFileName(),
                    a.getMediaType(),
                    a.getSizeBytes(),
                    a.getUploadedBy(),
                    a.getCreatedAt(),
                    "/api/v1/maintenance/work-orders/" + a.getWorkOrderId() + "/attachments/" + a.getId());
        }
    }
}
