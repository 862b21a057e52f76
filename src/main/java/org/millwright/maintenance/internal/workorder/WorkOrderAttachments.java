package org.millwright.maintenance.internal.workorder;

import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import org.millwright.maintenance.internal.MaintenanceSettings;
import org.millwright.maintenance.internal.workorder.WorkOrderView.AttachmentView;
import org.millwright.platform.error.InvalidRequestException;
import org.millwright.platform.error.NotFoundException;
import org.millwright.platform.error.PayloadTooLargeException;
import org.springframework.core.io.InputStreamSource;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.MediaTypeFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Files attached to work orders: up to the configured size (larger is a 413), added and removed by
 * assignees or supervisors until the work order is closed or cancelled, read by anyone who sees it.
 */
@Service
public class WorkOrderAttachments {

    private static final int MAX_NAME = 300;
    private static final int MAX_MEDIA_TYPE = 200;
    private final WorkOrderAccess access;
    private final WorkOrderAttachmentRepository attachments;
    private final AttachmentFiles files;
    private final WorkOrderHistory history;
    private final MaintenanceSettings settings;
    private final TransactionTemplate tx;

    WorkOrderAttachments(
            WorkOrderAccess access,
            WorkOrderAttachmentRepository attachments,
            AttachmentFiles files,
            WorkOrderHistory history,
            MaintenanceSettings settings,
            TransactionTemplate tx) {
        this.access = access;
        this.attachments = attachments;
        this.files = files;
        this.history = history;
        this.settings = settings;
        this.tx = tx;
    }

    /** Stores a file; its media type is the one sent, or guessed from its name when none useful was. */
    public AttachmentView add(UUID workOrderId, Upload upload, Actor actor) {
        String name = fileName(upload.fileName());
        long max = settings.workOrders().maxAttachmentSize().toBytes();
        if (upload.size() > max) {
            throw new PayloadTooLargeException(
                    "error.work-order-attachment-too-large",
                    name,
                    settings.workOrders().maxAttachmentSize().toMegabytes());
        }
        if (upload.size() == 0) {
            throw new InvalidRequestException("error.work-order-attachment-empty", name);
        }
        String mediaType = mediaType(upload.contentType(), name);
        return tx.execute(s -> {
            WorkOrder wo = access.load(workOrderId, actor);
            WorkOrderAccess.requireNotFinal(wo);
            WorkOrderAccess.requireAssigneeOrSupervisor(wo, actor);
            WorkOrderAttachment saved =
                    attachments.save(new WorkOrderAttachment(workOrderId, name, mediaType, upload.size(), actor.id()));
            files.write(files.path(workOrderId, saved.getId()), upload.content());
            history.changed(
                    workOrderId, actor, "attachment-added", Map.of("attachment", saved.getId(), "fileName", name));
            return AttachmentView.of(saved);
        });
    }

    @Transactional(readOnly = true)
    public Download file(UUID workOrderId, UUID attachmentId, Actor actor) {
        access.load(workOrderId, actor);
        WorkOrderAttachment a = find(workOrderId, attachmentId);
        return new Download(a.getFileName(), a.getMediaType(), files.path(workOrderId, attachmentId));
    }

    /** Removes the row (with a history entry), then the file once that is committed. */
    public void remove(UUID workOrderId, UUID attachmentId, Actor actor) {
        Path path = tx.execute(s -> {
            WorkOrder wo = access.load(workOrderId, actor);
            WorkOrderAccess.requireNotFinal(wo);
            WorkOrderAccess.requireAssigneeOrSupervisor(wo, actor);
            WorkOrderAttachment a = find(workOrderId, attachmentId);
            attachments.delete(a);
            history.changed(
                    workOrderId,
                    actor,
                    "attachment-removed",
                    Map.of("attachment", attachmentId, "fileName", a.getFileName()));
            return files.path(workOrderId, attachmentId);
        });
        files.delete(path);
    }

    private WorkOrderAttachment find(UUID workOrderId, UUID attachmentId) {
        return attachments
                .findByIdAndWorkOrderId(attachmentId, workOrderId)
                .orElseThrow(() -> NotFoundException.of("entity.work-order-attachment", attachmentId));
    }

    /** The file's own name without any client path, at most 300 characters; "attachment" when absent. */
    static String fileName(String given) {
        String name = given == null ? "" : given.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).strip();
        if (name.isEmpty()) {
            return "attachment";
        }
        return name.length() > MAX_NAME ? name.substring(name.length() - MAX_NAME) : name;
    }

    static String mediaType(String declared, String fileName) {
        try {
            if (declared != null && !declared.isBlank()) {
                MediaType type = MediaType.parseMediaType(declared);
                if (type.isConcrete()
                        && !type.equalsTypeAndSubtype(MediaType.APPLICATION_OCTET_STREAM)
                        && type.toString().length() <= MAX_MEDIA_TYPE) {
                    return type.toString();
                }
            }
        } catch (InvalidMediaTypeException e) {
            // fall back to the name
        }
        return MediaTypeFactory.getMediaType(fileName)
                .map(MediaType::toString)
                .orElse(MediaType.APPLICATION_OCTET_STREAM_VALUE);
    }

    /** An uploaded file: its name and declared type as sent, its size and its bytes. */
    public record Upload(String fileName, String contentType, long size, InputStreamSource content) {}

    /** A stored file to send back. */
    public record Download(String fileName, String mediaType, Path path) {}
}
