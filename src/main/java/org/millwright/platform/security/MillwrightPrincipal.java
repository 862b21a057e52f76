package org.millwright.platform.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * Who is calling: a user (logged in with a token) or an API key, the tenant acted for, the role
 * in it, and the sites the caller is bound to (empty: all sites of the tenant).
 */
public record MillwrightPrincipal(
        UUID subjectId, Kind kind, UUID tenantId, Role role, boolean platformAdmin, Set<UUID> siteIds, String label) {

    public enum Kind {
        USER,
        API_KEY
    }

    public MillwrightPrincipal {
        siteIds = siteIds == null ? Set.of() : Set.copyOf(siteIds);
    }

    public List<GrantedAuthority> authorities() {
        List<GrantedAuthority> authorities = new ArrayList<>();
        if (role != null) {
            authorities.add(new SimpleGrantedAuthority(role.authority()));
        }
        if (platformAdmin) {
            authorities.add(new SimpleGrantedAuthority(Role.PLATFORM_ADMIN_AUTHORITY));
        }
        return authorities;
    }

    /** True when the caller may see the given site (callers bound to no site see all). */
    public boolean canSee(UUID siteId) {
        return siteIds.isEmpty() || siteIds.contains(siteId);
    }

    /** The same caller acting in another tenant (platform admins only), with that tenant's admin rights. */
    public MillwrightPrincipal actingIn(UUID otherTenant) {
        return new MillwrightPrincipal(subjectId, kind, otherTenant, Role.ADMIN, platformAdmin, Set.of(), label);
    }

    /** A key for rate limiting: one bucket per user or API key. */
    public String rateKey() {
        return kind + ":" + subjectId;
    }
}
