package org.millwright.maintenance.internal.imports;

import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.millwright.platform.security.CurrentPrincipal;
import org.millwright.platform.tenancy.SiteService;
import org.millwright.platform.tenancy.TenantContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** What import rows refer to, each loaded with one query: the caller's sites and the tenant's assets by code. */
@Component
class Lookups {

    private static final int MAX_SITES = 10_000;
    private final SiteService sites;
    private final JdbcTemplate jdbc;

    Lookups(SiteService sites, JdbcTemplate jdbc) {
        this.sites = sites;
        this.jdbc = jdbc;
    }

    /** The sites the caller sees, by code. */
    Map<String, SiteRef> sitesByCode() {
        Map<String, SiteRef> byCode = new HashMap<>();
        sites.list(PageRequest.of(0, MAX_SITES))
                .forEach(s -> byCode.put(s.code(), new SiteRef(s.id(), s.code(), ZoneId.of(s.timeZone()))));
        return byCode;
    }

    /** Every asset of the tenant by code (of every site: codes are unique in the tenant). */
    Map<String, AssetRef> assetsByCode() {
        Map<String, AssetRef> byCode = new HashMap<>();
        jdbc.query(
                "select id, code, site_id from assets where tenant_id = ?",
                rs -> {
                    byCode.put(
                            rs.getString(2),
                            new AssetRef(
                                    rs.getObject(1, UUID.class),
                                    rs.getObject(3, UUID.class),
                                    visible(rs.getObject(3, UUID.class))));
                },
                TenantContext.require());
        return byCode;
    }

    private static boolean visible(UUID siteId) {
        return CurrentPrincipal.get().map(p -> p.canSee(siteId)).orElse(true);
    }

    /** A plant: its id, code and zone. */
    record SiteRef(UUID id, String code, ZoneId zone) {}

    /** An asset: its id, its site, and whether the caller may see it. */
    record AssetRef(UUID id, UUID siteId, boolean visible) {}
}
