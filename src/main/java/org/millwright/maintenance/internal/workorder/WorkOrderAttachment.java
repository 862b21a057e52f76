package org.millwright.maintenance.internal.workorder;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.UUID;
import org.millwright.platform.tenancy.TenantScoped;

/** A file attached to a work order; the bytes live in the tenant's files (see {@link AttachmentFiles}). */
@Entity
@Table(name = "work_order_attachments")
public class WorkOrderAttachment extends TenantScoped {

    @Column(name = "work_order_id", nullable = false, updatable = false)
    private UUID workOrderId;

    @Column(name = "file_name", nullable = false, length = 300, updatable = false)
    private String fileName;

    @Column(name = "media_type", nullable = false, length = 200, updatable = false)
    private String mediaType;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private long sizeBytes;

    @Column(name = "uploaded_by", updatable = false)
    private UUID uploadedBy;

    protected WorkOrderAttachment() {}

    WorkOrderAttachment(UUID workOrderId, String fileName, String mediaType, long sizeBytes, UUID uploadedBy) {
        this.workOrderId = workOrderId;
        this.fileName = fileName;
        this.mediaType = mediaType;
        this.sizeBytes = sizeBytes;
        this.uploadedBy = uploadedBy;
    }

    public UUID getWorkOrderId() {
        return workOrderId;
    }

    public String getFileName() {
        return fileName;
    }

    public String getMediaType() {
        return mediaType;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public UUID getUploadedBy() {
        return uploadedBy;
    }
}
