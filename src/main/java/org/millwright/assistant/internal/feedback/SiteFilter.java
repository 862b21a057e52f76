package org.millwright.assistant.internal.feedback;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.Set;
import java.util.UUID;
import org.millwright.platform.security.CurrentPrincipal;
import org.millwright.platform.security.MillwrightPrincipal;

/** Rows about machines at sites a site-bound caller cannot see are hidden from that caller. */
final class SiteFilter {

    private SiteFilter() {}

    static Predicate visible(Root<?> root, CriteriaBuilder cb) {
        Set<UUID> sites =
                CurrentPrincipal.get().map(MillwrightPrincipal::siteIds).orElse(Set.of());
        if (sites.isEmpty()) {
            return cb.conjunction();
        }
        return cb.or(cb.isNull(root.get("siteId")), root.get("siteId").in(sites));
    }

    static boolean visible(UUID siteId) {
        return siteId == null
                || CurrentPrincipal.get().map(p -> p.canSee(siteId)).orElse(true);
    }
}
