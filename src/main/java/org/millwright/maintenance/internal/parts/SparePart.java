package org.millwright.maintenance.internal.parts;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.hibernate.annotations.BatchSize;
import org.millwright.maintenance.CataloguedPart;
import org.millwright.maintenance.PartSummary;
import org.millwright.platform.tenancy.TenantScoped;

/** A spare part of the tenant's catalogue: what it is, what it costs, which machines it fits. */
@Entity
@Table(name = "spare_parts")
public class SparePart extends TenantScoped {

    @Column(name = "part_number", nullable = false, length = 60)
    private String partNumber;

    @Column(nullable = false, length = 500)
    private String description;

    @Column(length = 120)
    private String manufacturer;

    @Column(name = "manufacturer_part_number", length = 60)
    private String manufacturerPartNumber;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private PartUnit unit;

    @Column(name = "unit_cost", precision = 14, scale = 4)
    private BigDecimal unitCost;

    @Column(length = 3)
    private String currency;

    @Column(nullable = false)
    private boolean active = true;

    @Column(name = "search_text", nullable = false, length = SearchText.MAX_LENGTH)
    private String searchText;

    @ElementCollection
    @CollectionTable(name = "spare_part_asset_types", joinColumns = @JoinColumn(name = "part_id"))
    @Column(name = "asset_type", length = 40)
    @BatchSize(size = 50)
    private Set<String> assetTypes = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "spare_part_assets", joinColumns = @JoinColumn(name = "part_id"))
    @Column(name = "asset_id")
    @BatchSize(size = 50)
    private Set<UUID> assetIds = new LinkedHashSet<>();

    protected SparePart() {}

    public SparePart(PartDetails details) {
        apply(details);
    }

    /** Replaces every editable field (the part number given already normalised). */
    public final void apply(PartDetails d) {
        this.partNumber = d.partNumber();
        this.description = d.description();
        this.manufacturer = d.manufacturer();
        this.manufacturerPartNumber = d.manufacturerPartNumber();
        this.unit = d.unit();
        this.unitCost = d.unitCost();
        this.currency = d.currency();
        this.active = d.active();
        this.assetTypes.clear();
        this.assetTypes.addAll(d.assetTypes());
        this.assetIds.clear();
        this.assetIds.addAll(d.assetIds());
        this.searchText = SearchText.of(partNumber, manufacturerPartNumber, manufacturer, description);
    }

    public PartSummary summary(List<PartSummary.SiteStock> stock) {
        return new PartSummary(
                getId(),
                partNumber,
                description,
                manufacturer,
                manufacturerPartNumber,
                unit.wire(),
                unitCost,
                currency,
                assetTypes.stream().sorted().toList(),
                assetIds.stream().sorted().toList(),
                active,
                stock);
    }

    /** The part for indexes outside the module, with what it fits as read in bulk by the caller. */
    public CataloguedPart catalogued(List<String> fitsTypes, List<UUID> fitsAssets) {
        return new CataloguedPart(
                getId(),
                partNumber,
                description,
                manufacturer,
                manufacturerPartNumber,
                fitsTypes,
                fitsAssets,
                getVersion());
    }

    public String getPartNumber() {
        return partNumber;
    }

    public PartUnit getUnit() {
        return unit;
    }

    /**
     * The editable fields of a part. {@code assetTypes} are {@code AssetType.wire()} codes, already
     * validated; {@code currency} is an ISO 4217 code, present exactly when {@code unitCost} is.
     */
    public record PartDetails(
            String partNumber,
            String description,
            String manufacturer,
            String manufacturerPartNumber,
            PartUnit unit,
            BigDecimal unitCost,
            String currency,
            Set<String> assetTypes,
            Set<UUID> assetIds,
            boolean active) {}
}
