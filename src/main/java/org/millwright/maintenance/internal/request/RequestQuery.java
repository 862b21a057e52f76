package org.millwright.maintenance.internal.request;

import jakarta.persistence.criteria.Predicate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.data.jpa.domain.Specification;

/** Filters of the request queue; every one is optional. {@code visibleSites} empty means all. */
public record RequestQuery(RequestStatus status, UUID siteId, UUID assetId, Set<UUID> visibleSites) {

    Specification<MaintenanceRequest> toSpecification() {
        return (root, query, cb) -> {
            List<Predicate> all = new ArrayList<>();
            if (status != null) {
                all.add(cb.equal(root.get("status"), status));
            }
            if (siteId != null) {
                all.add(cb.equal(root.get("siteId"), siteId));
            }
            if (assetId != null) {
                all.add(cb.equal(root.get("assetId"), assetId));
            }
            if (visibleSites != null && !visibleSites.isEmpty()) {
                all.add(root.get("siteId").in(visibleSites));
            }
            return cb.and(all.toArray(Predicate[]::new));
        };
    }
}
