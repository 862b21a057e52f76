package org.millwright.maintenance.internal.meter;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.millwright.platform.tenancy.TenantScoped;

/**
 * A counter of an asset (operating hours, cycles, kilometres, or another unit). It keeps its
 * latest reading, so the current value needs no query over the readings.
 */
@Entity
@Table(name = "asset_meters")
public class Meter extends TenantScoped {

    @Column(name = "asset_id", nullable = false, updatable = false)
    private UUID assetId;

    @Column(nullable = false, length = 100)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10, updatable = false)
    private MeterKind kind;

    @Column(nullable = false, length = 20, updatable = false)
    private String unit;

    @Column(name = "current_value")
    private Double currentValue;

    @Column(name = "current_read_at")
    private Instant currentReadAt;

    protected Meter() {}

    public Meter(UUID assetId, String name, MeterKind kind, String unit) {
        this.assetId = assetId;
        this.name = name;
        this.kind = kind;
        this.unit = unit;
    }

    /** Makes a reading the meter's latest. */
    void advanceTo(double value, Instant readAt) {
        this.currentValue = value;
        this.currentReadAt = readAt;
    }

    public UUID getAssetId() {
        return assetId;
    }

    public String getName() {
        return name;
    }

    public MeterKind getKind() {
        return kind;
    }

    public String getUnit() {
        return unit;
    }

    public Double getCurrentValue() {
        return currentValue;
    }

    public Instant getCurrentReadAt() {
        return currentReadAt;
    }
}
