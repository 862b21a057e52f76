package org.millwright.maintenance.internal.request;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.millwright.maintenance.NewWorkOrder;
import org.millwright.maintenance.WorkOrderPriority;
import org.millwright.maintenance.WorkOrderSource;
import org.millwright.maintenance.WorkOrderType;
import org.millwright.maintenance.internal.files.MaintenanceFiles;
import org.millwright.maintenance.internal.request.MaintenanceRequests.RequestView;
import org.millwright.maintenance.internal.workorder.Actor;
import org.millwright.maintenance.internal.workorder.Actors;
import org.millwright.maintenance.internal.workorder.WorkOrderAttachments;
import org.millwright.maintenance.internal.workorder.WorkOrderService;
import org.millwright.maintenance.internal.workorder.WorkOrderView;
import org.millwright.platform.audit.AuditLog;
import org.springframework.core.io.FileSystemResource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A supervisor's approval of a floor request: one transaction opens the work order (source
 * REQUEST, the request's reference as its source, the reporter's words as its description, the
 * photo attached) and marks the request approved with it; a request already decided is a 409 and
 * opens nothing.
 */
@Service
public class RequestApprovals {

    private static final int TITLE_LENGTH = 120;

    private final MaintenanceRequests requests;
    private final WorkOrderService workOrders;
    private final WorkOrderAttachments attachments;
    private final Actors actors;
    private final MaintenanceFiles files;
    private final AuditLog audit;
    private final Clock clock;

    RequestApprovals(
            MaintenanceRequests requests,
            WorkOrderService workOrders,
            WorkOrderAttachments attachments,
            Actors actors,
            MaintenanceFiles files,
            AuditLog audit,
            Clock clock) {
        this.requests = requests;
        this.workOrders = workOrders;
        this.attachments = attachments;
        this.actors = actors;
        this.files = files;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public Approved approve(UUID requestId, Approval approval) {
        MaintenanceRequest request = requests.load(requestId);
        RequestView before = RequestView.of(request);
        request.requirePending();
        Actor actor = actors.current();
        var order = new NewWorkOrder(
                request.getAssetId(),
                approval.type() == null ? WorkOrderType.CORRECTIVE : approval.type(),
                approval.priority() == null ? WorkOrderPriority.MEDIUM : approval.priority(),
                approval.title() == null || approval.title().isBlank() ? title(request) : approval.title(),
                description(request),
                WorkOrderSource.REQUEST,
                request.getReference(),
                approval.reason(),
                approval.dueDate());
        Set<UUID> assignees = approval.assigneeIds() == null ? Set.of() : Set.copyOf(approval.assigneeIds());
        WorkOrderView created = workOrders.create(new WorkOrderService.Draft(order, List.of(), assignees), actor);
        UUID workOrderId = created.workOrder().id();
        attachPhoto(request, workOrderId, actor);
        request.approve(actor.id(), Instant.now(clock), workOrderId);
        audit.record("maintenance-request.approved", "maintenance-request", requestId, before, RequestView.of(request));
        return new Approved(
                RequestView.of(request), workOrderId, created.workOrder().number());
    }

    private void attachPhoto(MaintenanceRequest request, UUID workOrderId, Actor actor) {
        if (request.getPhotoPath() == null) {
            return;
        }
        var photo = new FileSystemResource(files.resolve(request.getPhotoPath()));
        String name = request.getReference() + extension(request.getPhotoMediaType());
        try {
            attachments.add(
                    workOrderId,
                    new WorkOrderAttachments.Upload(name, request.getPhotoMediaType(), photo.contentLength(), photo),
                    actor);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot read the photo of request " + request.getReference(), e);
        }
    }

    private static String extension(String mediaType) {
        return switch (mediaType == null ? "" : mediaType) {
            case "image/png" -> ".png";
            case "image/webp" -> ".webp";
            default -> ".jpg";
        };
    }

    private static String title(MaintenanceRequest request) {
        String line = request.getDescription().strip().lines().findFirst().orElse(request.getReference());
        return line.length() <= TITLE_LENGTH ? line : line.substring(0, TITLE_LENGTH - 1) + "…";
    }

    private static String description(MaintenanceRequest request) {
        StringBuilder text = new StringBuilder(request.getDescription().strip());
        text.append("\n\n").append(request.getReference());
        if (request.getReporterName() != null) {
            text.append(" · ").append(request.getReporterName());
        }
        if (request.getContact() != null) {
            text.append(" · ").append(request.getContact());
        }
        return text.toString();
    }

    /** How the supervisor wants the work order; everything optional (corrective, medium priority). */
    public record Approval(
            WorkOrderType type,
            WorkOrderPriority priority,
            String title,
            String reason,
            LocalDate dueDate,
            List<UUID> assigneeIds) {}

    /** The decided request and the work order it became. */
    public record Approved(RequestView request, UUID workOrderId, String workOrderNumber) {}
}
