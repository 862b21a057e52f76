package org.millwright.platform.tenancy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A company: the unit of isolation. Nothing of one tenant is visible to another. */
@Entity
@Table(name = "tenants")
public class Tenant extends AbstractEntity {

    @Column(nullable = false, length = 200)
    private String name;

    @Column(nullable = false, unique = true, length = 80)
    private String slug;

    protected Tenant() {}

    public Tenant(String name, String slug) {
        this.name = name;
        this.slug = slug;
    }

    public String getName() {
        return name;
    }

    public String getSlug() {
        return slug;
    }

    public void rename(String newName) {
        this.name = newName;
    }
}
