package org.millwright.maintenance.internal.parts;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.millwright.platform.tenancy.TenantScoped;

/** One line of a part's stock ledger: never changed once written. */
@Entity
@Table(name = "spare_part_movements")
public class StockMovement extends TenantScoped {

    @Column(name = "part_id", nullable = false, updatable = false)
    private UUID partId;

    @Column(name = "site_id", nullable = false, updatable = false)
    private UUID siteId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12, updatable = false)
    private MovementKind kind;

    @Column(nullable = false, precision = 14, scale = 3, updatable = false)
    private BigDecimal quantity;

    @Column(name = "on_hand_after", nullable = false, precision = 14, scale = 3, updatable = false)
    private BigDecimal onHandAfter;

    @Column(length = 500, updatable = false)
    private String reason;

    @Column(name = "work_order_id", updatable = false)
    private UUID workOrderId;

    @Column(name = "actor_id", updatable = false)
    private UUID actorId;

    @Column(name = "actor_label", length = 200, updatable = false)
    private String actorLabel;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    protected StockMovement() {}

    StockMovement(Movement m, BigDecimal delta, BigDecimal onHandAfter, String actorLabel, Instant occurredAt) {
        this.partId = m.partId();
        this.siteId = m.siteId();
        this.kind = m.kind();
        this.quantity = delta;
        this.onHandAfter = onHandAfter;
        this.reason = m.reason();
        this.workOrderId = m.workOrderId();
        this.actorId = m.actorId();
        this.actorLabel = actorLabel;
        this.occurredAt = occurredAt;
    }

    public MovementView view() {
        return new MovementView(
                getId(),
                partId,
                siteId,
                kind,
                Quantities.plain(quantity),
                Quantities.plain(onHandAfter),
                reason,
                workOrderId,
                actorId,
                actorLabel,
                occurredAt);
    }

    /** A movement as the API shows it; {@code quantity} is signed (consumptions are negative). */
    public record MovementView(
            UUID id,
            UUID partId,
            UUID siteId,
            MovementKind kind,
            BigDecimal quantity,
            BigDecimal onHandAfter,
            String reason,
            UUID workOrderId,
            UUID actorId,
            String actor,
            Instant occurredAt) {}
}
