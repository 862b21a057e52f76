package org.millwright.maintenance.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;
import org.millwright.maintenance.AssetStatus;
import org.millwright.maintenance.AssetSummary;
import org.millwright.maintenance.Criticality;
import org.millwright.platform.tenancy.TenantScoped;

/** A machine, or a component of one (with a parent). */
@Entity
@Table(name = "assets")
public class Asset extends TenantScoped {

    @Column(name = "site_id", nullable = false)
    private UUID siteId;

    @Column(name = "area_id")
    private UUID areaId;

    @Column(name = "parent_id")
    private UUID parentId;

    @Column(nullable = false, length = 40, updatable = false)
    private String code;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(name = "asset_type", nullable = false, length = 40)
    private String type;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Criticality criticality;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private AssetStatus status = AssetStatus.OPERATIONAL;

    @Column(length = 120)
    private String manufacturer;

    @Column(length = 120)
    private String model;

    @Column(name = "serial_number", length = 120)
    private String serialNumber;

    @Column(name = "install_date")
    private LocalDate installDate;

    @Column(length = 2000)
    private String description;

    @Column(length = 300)
    private String location;

    private Double latitude;

    private Double longitude;

    @Column(name = "public_token", length = 64)
    private String publicToken;

    protected Asset() {}

    public Asset(UUID siteId, String code, AssetDetails details) {
        this.siteId = siteId;
        this.code = code;
        apply(details);
    }

    /** Replaces every editable field. */
    public final void apply(AssetDetails d) {
        this.areaId = d.areaId();
        this.parentId = d.parentId();
        this.name = d.name();
        this.type = d.type();
        this.criticality = d.criticality();
        this.status = d.status() == null ? AssetStatus.OPERATIONAL : d.status();
        this.manufacturer = d.manufacturer();
        this.model = d.model();
        this.serialNumber = d.serialNumber();
        this.installDate = d.installDate();
        this.description = d.description();
        this.location = d.location();
        this.latitude = d.latitude();
        this.longitude = d.longitude();
    }

    /** Gives the asset a new public request token (the old one, if any, stops working). */
    public void issuePublicToken(String token) {
        this.publicToken = token;
    }

    public void moveTo(AssetStatus newStatus) {
        this.status = newStatus;
    }

    public AssetSummary summary() {
        return new AssetSummary(
                getId(),
                siteId,
                areaId,
                parentId,
                code,
                name,
                type,
                criticality,
                status,
                manufacturer,
                model,
                serialNumber,
                installDate);
    }

    public UUID getSiteId() {
        return siteId;
    }

    public String getCode() {
        return code;
    }

    public String getDescription() {
        return description;
    }

    public AssetStatus getStatus() {
        return status;
    }

    public String getName() {
        return name;
    }

    public String getType() {
        return type;
    }

    public String getLocation() {
        return location;
    }

    public Double getLatitude() {
        return latitude;
    }

    public Double getLongitude() {
        return longitude;
    }

    public String getPublicToken() {
        return publicToken;
    }

    /**
     * The editable fields of an asset. {@code type} is an asset type code; {@code location} is
     * free text (a room, a floor), {@code latitude} and {@code longitude} are WGS 84 degrees.
     */
    public record AssetDetails(
            UUID areaId,
            UUID parentId,
            String name,
            String type,
            Criticality criticality,
            AssetStatus status,
            String manufacturer,
            String model,
            String serialNumber,
            LocalDate installDate,
            String description,
            String location,
            Double latitude,
            Double longitude) {

        /** The same details with the type's stored code. */
        public AssetDetails withType(String code) {
            return new AssetDetails(
                    areaId,
                    parentId,
                    name,
                    code,
                    criticality,
                    status,
                    manufacturer,
                    model,
                    serialNumber,
                    installDate,
                    description,
                    location,
                    latitude,
                    longitude);
        }
    }
}
