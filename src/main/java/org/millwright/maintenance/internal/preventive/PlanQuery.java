package org.millwright.maintenance.internal.preventive;

import jakarta.persistence.criteria.Predicate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.data.jpa.domain.Specification;

/** Filters of the plan list, each optional; {@code visibleSites} empty means all. */
public record PlanQuery(UUID assetId, UUID siteId, Boolean active, Set<UUID> visibleSites) {

    Specification<PreventivePlan> toSpecification() {
        return (root, query, cb) -> {
            List<Predicate> all = new ArrayList<>();
            if (assetId != null) {
                all.add(cb.equal(root.get("assetId"), assetId));
            }
            if (siteId != null) {
                all.add(cb.equal(root.get("siteId"), siteId));
            }
            if (active != null) {
                all.add(cb.equal(root.get("active"), active));
            }
            if (visibleSites != null && !visibleSites.isEmpty()) {
                all.add(root.get("siteId").in(visibleSites));
            }
            return cb.and(all.toArray(Predicate[]::new));
        };
    }
}
