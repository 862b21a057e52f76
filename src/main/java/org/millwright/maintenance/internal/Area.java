package org.millwright.maintenance.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.UUID;
import org.millwright.platform.tenancy.TenantScoped;

/** A part of a plant (a line, a utilities room) that groups machines. */
@Entity
@Table(name = "areas")
public class Area extends TenantScoped {

    @Column(name = "site_id", nullable = false, updatable = false)
    private UUID siteId;

    @Column(nullable = false, length = 40, updatable = false)
    private String code;

    @Column(nullable = false, length = 200)
    private String name;

    protected Area() {}

    public Area(UUID siteId, String code, String name) {
        this.siteId = siteId;
        this.code = code;
        this.name = name;
    }

    public void rename(String newName) {
        this.name = newName;
    }

    public UUID getSiteId() {
        return siteId;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }
}
