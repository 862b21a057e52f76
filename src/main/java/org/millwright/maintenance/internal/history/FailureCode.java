package org.millwright.maintenance.internal.history;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.millwright.platform.tenancy.TenantScoped;

/**
 * A tenant's own failure code, or (when {@code standard}) the tenant's switch on a code of the
 * default catalogue, whose names stay in the catalogue.
 */
@Entity
@Table(name = "failure_codes")
public class FailureCode extends TenantScoped {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10, updatable = false)
    private FailureKind kind;

    @Column(nullable = false, length = 20, updatable = false)
    private String code;

    @Column(name = "name_en", length = 120)
    private String nameEn;

    @Column(name = "name_es", length = 120)
    private String nameEs;

    @Column(nullable = false, updatable = false)
    private boolean standard;

    @Column(nullable = false)
    private boolean active;

    protected FailureCode() {}

    private FailureCode(FailureKind kind, String code, String nameEn, String nameEs, boolean standard) {
        this.kind = kind;
        this.code = code;
        this.nameEn = nameEn;
        this.nameEs = nameEs;
        this.standard = standard;
        this.active = true;
    }

    static FailureCode own(FailureKind kind, String code, String nameEn, String nameEs) {
        return new FailureCode(kind, code, nameEn, nameEs, false);
    }

    static FailureCode overrideOf(FailureKind kind, String code) {
        return new FailureCode(kind, code, null, null, true);
    }

    void setActive(boolean value) {
        this.active = value;
    }

    public FailureKind getKind() {
        return kind;
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

    public boolean isStandard() {
        return standard;
    }

    public boolean isActive() {
        return active;
    }
}
