package org.millwright.platform.tenancy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.ZoneId;

/** A plant of a tenant. Times are stored in UTC and shown in the site's zone. */
@Entity
@Table(name = "sites")
public class Site extends TenantScoped {

    @Column(nullable = false, length = 40)
    private String code;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(name = "time_zone", nullable = false, length = 64)
    private String timeZone;

    @Column(length = 300)
    private String address;

    protected Site() {}

    public Site(String code, String name, ZoneId zone, String address) {
        this.code = code;
        this.name = name;
        this.timeZone = zone.getId();
        this.address = address;
    }

    public void update(String newName, ZoneId zone, String newAddress) {
        this.name = newName;
        this.timeZone = zone.getId();
        this.address = newAddress;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public ZoneId getZone() {
        return ZoneId.of(timeZone);
    }

    public String getAddress() {
        return address;
    }
}
