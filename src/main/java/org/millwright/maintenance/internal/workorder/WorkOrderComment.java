package org.millwright.maintenance.internal.workorder;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.UUID;
import org.millwright.platform.tenancy.TenantScoped;

/** A remark on a work order; its author is kept by id and by the label they had. */
@Entity
@Table(name = "work_order_comments")
public class WorkOrderComment extends TenantScoped {

    @Column(name = "work_order_id", nullable = false, updatable = false)
    private UUID workOrderId;

    @Column(name = "author_id", updatable = false)
    private UUID authorId;

    @Column(name = "author_label", nullable = false, length = 200, updatable = false)
    private String authorLabel;

    @Column(nullable = false, length = 4000, updatable = false)
    private String body;

    protected WorkOrderComment() {}

    WorkOrderComment(UUID workOrderId, UUID authorId, String authorLabel, String body) {
        this.workOrderId = workOrderId;
        this.authorId = authorId;
        this.authorLabel = authorLabel;
        this.body = body;
    }

    public UUID getWorkOrderId() {
        return workOrderId;
    }

    public UUID getAuthorId() {
        return authorId;
    }

    public String getAuthorLabel() {
        return authorLabel;
    }

    public String getBody() {
        return body;
    }
}
