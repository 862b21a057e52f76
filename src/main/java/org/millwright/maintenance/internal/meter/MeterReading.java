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
 * One reading of a meter. A {@code reset} reading starts the count again (the meter was
 * replaced or set back), so it may be lower than the one before.
 */
@Entity
@Table(name = "meter_readings")
public class MeterReading extends TenantScoped {

    @Column(name = "meter_id", nullable = false, updatable = false)
    private UUID meterId;

    @Column(name = "reading_value", nullable = false, updatable = false)
    private double value;

    @Column(name = "read_at", nullable = false, updatable = false)
    private Instant readAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10, updatable = false)
    private ReadingSource source;

    @Column(name = "is_reset", nullable = false, updatable = false)
    private boolean reset;

    @Column(name = "recorded_by", updatable = false)
    private UUID recordedBy;

    protected MeterReading() {}

    MeterReading(UUID meterId, double value, Instant readAt, ReadingSource source, boolean reset, UUID recordedBy) {
        this.meterId = meterId;
        this.value = value;
        this.readAt = readAt;
        this.source = source;
        this.reset = reset;
        this.recordedBy = recordedBy;
    }

    public UUID getMeterId() {
        return meterId;
    }

    public double getValue() {
        return value;
    }

    public Instant getReadAt() {
        return readAt;
    }

    public ReadingSource getSource() {
        return source;
    }

    public boolean isReset() {
        return reset;
    }

    public UUID getRecordedBy() {
        return recordedBy;
    }
}
