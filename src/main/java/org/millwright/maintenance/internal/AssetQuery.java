package org.millwright.maintenance.internal;

import jakarta.persistence.criteria.Predicate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.millwright.maintenance.AssetStatus;
import org.millwright.maintenance.Criticality;
import org.springframework.data.jpa.domain.Specification;

/**
 * Filters of the asset list; every one is optional. {@code type} is a stored type code;
 * {@code visibleSites} empty means all.
 */
public record AssetQuery(
        UUID siteId,
        UUID areaId,
        String type,
        AssetStatus status,
        Criticality criticality,
        String text,
        Set<UUID> visibleSites) {

    Specification<Asset> toSpecification() {
        return (root, query, cb) -> {
            List<Predicate> all = new ArrayList<>();
            if (siteId != null) {
                all.add(cb.equal(root.get("siteId"), siteId));
            }
            if (areaId != null) {
                all.add(cb.equal(root.get("areaId"), areaId));
            }
            if (type != null) {
                all.add(cb.equal(root.get("type"), type));
            }
            if (status != null) {
                all.add(cb.equal(root.get("status"), status));
            }
            if (criticality != null) {
                all.add(cb.equal(root.get("criticality"), criticality));
            }
            if (text != null && !text.isBlank()) {
                String like = "%"
                        + text.strip()
                                .toLowerCase(Locale.ROOT)
                                .replace("%", "\\%")
                                .replace("_", "\\_") + "%";
                all.add(cb.or(
                        cb.like(cb.lower(root.get("name")), like, '\\'),
                        cb.like(cb.lower(root.get("code")), like, '\\')));
            }
            if (visibleSites != null && !visibleSites.isEmpty()) {
                all.add(root.get("siteId").in(visibleSites));
            }
            return cb.and(all.toArray(Predicate[]::new));
        };
    }
}
