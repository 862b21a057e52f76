package org.millwright.maintenance.internal.parts;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.springframework.data.jpa.domain.Specification;

/**
 * Filters and ranking of the catalogue search; every filter is optional.
 *
 * @param text words that must all occur in a part's search text (case and accents ignored)
 * @param assetType parts that fit this asset type code
 * @param assetId parts listed for this asset, or fitting {@code assetIdType} (the asset's type)
 * @param siteId parts with a stock row at this site
 */
record PartQuery(String text, String assetType, UUID assetId, String assetIdType, UUID siteId, Boolean active) {

    Specification<SparePart> toSpecification() {
        return (root, query, cb) -> {
            List<Predicate> all = new ArrayList<>();
            for (String word : SearchText.words(text)) {
                all.add(cb.like(root.get("searchText"), "%" + escape(word) + "%", '\\'));
            }
            if (assetType != null) {
                all.add(cb.isMember(assetType, root.<Set<String>>get("assetTypes")));
            }
            if (assetId != null) {
                all.add(cb.or(
                        cb.isMember(assetId, root.<Set<UUID>>get("assetIds")),
                        cb.isMember(assetIdType, root.<Set<String>>get("assetTypes"))));
            }
            if (siteId != null) {
                Subquery<Integer> stocked = query.subquery(Integer.class);
                Root<PartStock> stock = stocked.from(PartStock.class);
                stocked.select(cb.literal(1))
                        .where(cb.equal(stock.get("partId"), root.get("id")), cb.equal(stock.get("siteId"), siteId));
                all.add(cb.exists(stocked));
            }
            if (active != null) {
                all.add(cb.equal(root.get("active"), active));
            }
            if (!Long.class.equals(query.getResultType())) {
                query.orderBy(ranking(root, cb));
            }
            return cb.and(all.toArray(Predicate[]::new));
        };
    }

    /** Exact part number first, then exact manufacturer number, then part-number prefix; then parts of the asset. */
    private List<Order> ranking(Root<SparePart> root, CriteriaBuilder cb) {
        List<Order> orders = new ArrayList<>();
        String number = text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
        if (!number.isEmpty()) {
            Expression<String> partNumber = root.get("partNumber");
            Expression<Integer> rank = cb.<Integer>selectCase()
                    .when(cb.equal(partNumber, number), 0)
                    .when(cb.equal(cb.upper(root.get("manufacturerPartNumber")), number), 1)
                    .when(cb.like(partNumber, escape(number) + "%", '\\'), 2)
                    .otherwise(3);
            orders.add(cb.asc(rank));
        }
        if (assetId != null) {
            orders.add(cb.asc(cb.<Integer>selectCase()
                    .when(cb.isMember(assetId, root.<Set<UUID>>get("assetIds")), 0)
                    .otherwise(1)));
        }
        orders.add(cb.asc(root.get("partNumber")));
        return orders;
    }

    private static String escape(String value) {
        return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
