package org.millwright.platform.crypto;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.millwright.platform.tenancy.TenantScoped;

/** A tenant's secret (a provider token, an SMTP password), stored encrypted only. */
@Entity
@Table(name = "tenant_secrets")
class TenantSecret extends TenantScoped {

    @Column(nullable = false, length = 100)
    private String name;

    @Column(nullable = false, length = 8000)
    private String ciphertext;

    protected TenantSecret() {}

    TenantSecret(String name, String ciphertext) {
        this.name = name;
        this.ciphertext = ciphertext;
    }

    void replace(String newCiphertext) {
        this.ciphertext = newCiphertext;
    }

    String getName() {
        return name;
    }

    String getCiphertext() {
        return ciphertext;
    }
}
