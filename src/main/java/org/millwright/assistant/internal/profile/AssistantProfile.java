package org.millwright.assistant.internal.profile;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.millwright.platform.tenancy.TenantScoped;

/** A tenant's persona for its assistant: one row per tenant. */
@Entity
@Table(name = "assistant_profiles")
class AssistantProfile extends TenantScoped {

    @Column(nullable = false, length = 4000)
    private String persona;

    protected AssistantProfile() {}

    AssistantProfile(String persona) {
        this.persona = persona;
    }

    String getPersona() {
        return persona;
    }

    void setPersona(String persona) {
        this.persona = persona;
    }
}
