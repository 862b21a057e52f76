package org.millwright.maintenance.internal.history;

import jakarta.persistence.criteria.Predicate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.data.jpa.domain.Specification;

/**
 * Filters of the history list; every one is optional. {@code from} is inclusive and {@code to}
 * exclusive, both on the finishing time. {@code visibleSites} empty means all.
 */
public record HistoryQuery(
        UUID assetId,
        UUID siteId,
        Instant from,
        Instant to,
        String failureMode,
        WorkType type,
        Set<UUID> visibleSites) {

    Specification<MaintenanceRecord> toSpecification() {
        return (root, query, cb) -> {
            List<Predicate> all = new ArrayList<>();
            if (assetId != null) {
                all.add(cb.equal(root.get("assetId"), assetId));
            }
            if (siteId != null) {
                all.add(cb.equal(root.get("siteId"), siteId));
            }
            if (from != null) {
                all.add(cb.greaterThanOrEqualTo(root.get("finishedAt"), from));
            }
            if (to != null) {
                all.add(cb.lessThan(root.get("finishedAt"), to));
            }
            if (failureMode != null && !failureMode.isBlank()) {
                all.add(cb.equal(root.get("failureMode"), FailureCodes.normalize(failureMode)));
            }
            if (type != null) {
                all.add(cb.equal(root.get("workType"), type));
            }
            if (visibleSites != null && !visibleSites.isEmpty()) {
                all.add(root.get("siteId").in(visibleSites));
            }
            return cb.and(all.toArray(Predicate[]::new));
        };
    }
}
