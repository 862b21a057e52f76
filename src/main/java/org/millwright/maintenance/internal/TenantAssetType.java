package org.millwright.maintenance.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.millwright.platform.tenancy.TenantScoped;

/** A kind of machine a tenant added to the built-in ones; inactive ones stay on their assets. */
@Entity
@Table(name = "asset_types")
public class TenantAssetType extends TenantScoped {

    @Column(nullable = false, length = 40, updatable = false)
    private String code;

    @Column(name = "name_en", nullable = false, length = 100)
    private String nameEn;

    @Column(name = "name_es", nullable = false, length = 100)
    private String nameEs;

    @Column(nullable = false)
    private boolean active = true;

    protected TenantAssetType() {}

    public TenantAssetType(String code, String nameEn, String nameEs) {
        this.code = code;
        this.nameEn = nameEn;
        this.nameEs = nameEs;
    }

    public void change(String newNameEn, String newNameEs, boolean nowActive) {
        this.nameEn = newNameEn;
        this.nameEs = newNameEs;
        this.active = nowActive;
    }

    public String getCode() {
        return code;
    }

    public String getNameEn() {
        return nameEn;
    }

    public String getNameEs() {
        return nameEs;
    }

    public boolean isActive() {
        return active;
    }
}
