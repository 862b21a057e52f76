package org.millwright.maintenance.internal.workorder;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A user assigned to a work order. The row also carries the work order's creation time, so that a
 * technician's work orders are listed newest first from the assignees' own index, which stops
 * after a page instead of visiting every work order the technician ever had.
 */
@Embeddable
class Assignment {

    @Column(name = "user_id", nullable = false)
    private UUID userId;

    @Column(name = "work_order_created_at", nullable = false)
    private Instant workOrderCreatedAt;

    protected Assignment() {}

    Assignment(UUID userId, Instant workOrderCreatedAt) {
        this.userId = Objects.requireNonNull(userId);
        this.workOrderCreatedAt = Objects.requireNonNull(workOrderCreatedAt, "the work order is not saved yet");
    }

    UUID userId() {
        return userId;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Assignment a && userId.equals(a.userId);
    }

    @Override
    public int hashCode() {
        return userId.hashCode();
    }
}
