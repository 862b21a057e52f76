package org.millwright.maintenance.internal.request;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.millwright.platform.error.ConflictException;
import org.millwright.platform.tenancy.TenantScoped;

/**
 * A problem reported by anyone with an asset's QR code, waiting for a supervisor to turn it into
 * a work order or reject it. The reporter's address is kept only as a keyed hash.
 */
@Entity
@Table(name = "maintenance_requests")
public class MaintenanceRequest extends TenantScoped {

    @Column(name = "site_id", nullable = false, updatable = false)
    private UUID siteId;

    @Column(name = "asset_id", nullable = false, updatable = false)
    private UUID assetId;

    @Column(nullable = false, length = 20, updatable = false)
    private String reference;

    @Column(nullable = false, length = 20000, updatable = false)
    private String description;

    @Column(name = "reporter_name", length = 100, updatable = false)
    private String reporterName;

    @Column(length = 200, updatable = false)
    private String contact;

    @Column(length = 5, updatable = false)
    private String language;

    @Column(name = "photo_path", length = 200, updatable = false)
    private String photoPath;

    @Column(name = "photo_media_type", length = 50, updatable = false)
    private String photoMediaType;

    @Column(name = "photo_hash", length = 64, updatable = false)
    private String photoHash;

    @Column(name = "client_hash", nullable = false, length = 64, updatable = false)
    private String clientHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private RequestStatus status = RequestStatus.PENDING;

    @Column(name = "decided_by")
    private UUID decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(length = 1000)
    private String reason;

    @Column(name = "work_order_id")
    private UUID workOrderId;

    protected MaintenanceRequest() {}

    MaintenanceRequest(UUID siteId, UUID assetId, String reference, Submission s, String clientHash) {
        this.siteId = siteId;
        this.assetId = assetId;
        this.reference = reference;
        this.description = s.description();
        this.reporterName = s.reporterName();
        this.contact = s.contact();
        this.language = s.language();
        this.clientHash = clientHash;
    }

    /** Attaches the photo stored for this request (before it is first saved). */
    void withPhoto(String path, String mediaType, String hash) {
        this.photoPath = path;
        this.photoMediaType = mediaType;
        this.photoHash = hash;
    }

    /** Rejects a pending request (409 once decided). */
    void reject(UUID by, Instant at, String why) {
        decide(RequestStatus.REJECTED, by, at);
        this.reason = why;
    }

    /** A 409 unless the request is still pending (checked before a work order is made from it). */
    void requirePending() {
        if (!status.canMoveTo(RequestStatus.APPROVED)) {
            throw new ConflictException("error.request-decided", reference, status.wire());
        }
    }

    /** Approves a pending request with the work order made from it (409 once decided). */
    void approve(UUID by, Instant at, UUID workOrder) {
        decide(RequestStatus.APPROVED, by, at);
        this.workOrderId = workOrder;
    }

    private void decide(RequestStatus next, UUID by, Instant at) {
        if (!status.canMoveTo(next)) {
            throw new ConflictException("error.request-decided", reference, status.wire());
        }
        this.status = next;
        this.decidedBy = by;
        this.decidedAt = at;
    }

    public UUID getSiteId() {
        return siteId;
    }

    public UUID getAssetId() {
        return assetId;
    }

    public String getReference() {
        return reference;
    }

    public String getDescription() {
        return description;
    }

    public String getReporterName() {
        return reporterName;
    }

    public String getContact() {
        return contact;
    }

    public String getLanguage() {
        return language;
    }

    public String getPhotoPath() {
        return photoPath;
    }

    public String getPhotoMediaType() {
        return photoMediaType;
    }

    public String getPhotoHash() {
        return photoHash;
    }

    public String getClientHash() {
        return clientHash;
    }

    public RequestStatus getStatus() {
        return status;
    }

    public UUID getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public String getReason() {
        return reason;
    }

    public UUID getWorkOrderId() {
        return workOrderId;
    }
}
