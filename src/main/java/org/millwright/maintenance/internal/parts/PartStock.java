package org.millwright.maintenance.internal.parts;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.UUID;
import org.millwright.maintenance.PartSummary;
import org.millwright.platform.tenancy.TenantScoped;

/**
 * A part's stock at one site. Quantities change only through {@link PartStockRepository}'s
 * atomic updates, so concurrent movements never lose one another.
 */
@Entity
@Table(name = "spare_part_stock")
public class PartStock extends TenantScoped {

    @Column(name = "part_id", nullable = false, updatable = false)
    private UUID partId;

    @Column(name = "site_id", nullable = false, updatable = false)
    private UUID siteId;

    @Column(name = "on_hand", nullable = false, precision = 14, scale = 3)
    private BigDecimal onHand = BigDecimal.ZERO;

    @Column(name = "min_stock", nullable = false, precision = 14, scale = 3)
    private BigDecimal minimum = BigDecimal.ZERO;

    @Column(name = "bin_location", length = 60)
    private String binLocation;

    protected PartStock() {}

    PartStock(UUID partId, UUID siteId) {
        this.partId = partId;
        this.siteId = siteId;
    }

    void configure(BigDecimal newMinimum, String newBinLocation) {
        this.minimum = newMinimum;
        this.binLocation = newBinLocation;
    }

    PartSummary.SiteStock view() {
        return of(siteId, onHand, minimum, binLocation);
    }

    static PartSummary.SiteStock none(UUID siteId) {
        return of(siteId, BigDecimal.ZERO, BigDecimal.ZERO, null);
    }

    private static PartSummary.SiteStock of(UUID siteId, BigDecimal onHand, BigDecimal minimum, String bin) {
        return new PartSummary.SiteStock(
                siteId, Quantities.plain(onHand), Quantities.plain(minimum), bin, onHand.compareTo(minimum) < 0);
    }

    UUID getPartId() {
        return partId;
    }

    UUID getSiteId() {
        return siteId;
    }

    BigDecimal getOnHand() {
        return onHand;
    }

    BigDecimal getMinimum() {
        return minimum;
    }
}
