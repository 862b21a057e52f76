package org.millwright.maintenance.internal.workorder;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;
import org.millwright.platform.error.InvalidRequestException;
import org.millwright.platform.security.Role;
import org.springframework.stereotype.Component;

/**
 * Who may be assigned work at a plant: active users of the tenant, technicians or above, who can
 * see the plant. Used by work order assignment and by whatever names assignees ahead of time (a
 * preventive plan's default assignees).
 */
@Component
public class Assignees {

    private final Actors actors;

    Assignees(Actors actors) {
        this.actors = actors;
    }

    /** The chosen users, in the given order; 400 for none, too many, or anyone not eligible. */
    public Set<UUID> eligible(Set<UUID> userIds, UUID siteId) {
        if (userIds == null || userIds.isEmpty()) {
            throw new InvalidRequestException("error.work-order-no-assignees");
        }
        if (userIds.size() > WorkOrderRules.MAX_ASSIGNEES) {
            throw new InvalidRequestException("error.work-order-too-many-assignees", WorkOrderRules.MAX_ASSIGNEES);
        }
        Set<UUID> chosen = new LinkedHashSet<>();
        for (UUID userId : userIds) {
            Actor user = actors.find(userId)
                    .orElseThrow(() -> new InvalidRequestException("error.work-order-unknown-user", userId));
            if (!canWorkAt(user, siteId)) {
                String key =
                        canWorkAtAnyPlant(user) ? "error.work-order-assignee-site" : "error.work-order-assignee-role";
                throw new InvalidRequestException(key, user.label());
            }
            chosen.add(userId);
        }
        return chosen;
    }

    /** Those of the users who are still eligible (the others left, changed role or plant). */
    public Set<UUID> stillEligible(Set<UUID> userIds, UUID siteId) {
        Set<UUID> kept = new LinkedHashSet<>();
        for (UUID userId : userIds) {
            actors.find(userId).filter(u -> canWorkAt(u, siteId)).ifPresent(u -> kept.add(userId));
        }
        return kept;
    }

    private static boolean canWorkAtAnyPlant(Actor user) {
        return user.role() != null && user.role().compareTo(Role.TECHNICIAN) >= 0;
    }

    private static boolean canWorkAt(Actor user, UUID siteId) {
        return canWorkAtAnyPlant(user) && user.canSee(siteId);
    }
}
