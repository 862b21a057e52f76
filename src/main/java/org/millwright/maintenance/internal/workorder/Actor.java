package org.millwright.maintenance.internal.workorder;

import java.util.Set;
import java.util.UUID;
import org.millwright.platform.security.Role;

/**
 * Who acts on a work order: a user or API key of the tenant (with its role and the sites it is
 * bound to; none means all), or the system (no id, may do everything).
 *
 * @param user true for a person (who can be an assignee), false for an API key or the system
 */
public record Actor(UUID id, String label, Role role, Set<UUID> siteIds, boolean user) {

    public Actor {
        siteIds = siteIds == null ? Set.of() : Set.copyOf(siteIds);
    }

    public static Actor system() {
        return new Actor(null, "system", null, Set.of(), false);
    }

    public boolean isSystem() {
        return id == null && role == null;
    }

    /** The system, or a supervisor or admin. */
    public boolean isSupervisor() {
        return isSystem() || (role != null && role.compareTo(Role.SUPERVISOR) >= 0);
    }

    public boolean canSee(UUID siteId) {
        return siteIds.isEmpty() || siteIds.contains(siteId);
    }

    /** The user's id when the actor is a person, else null (what history and events record). */
    public UUID userId() {
        return user ? id : null;
    }
}
