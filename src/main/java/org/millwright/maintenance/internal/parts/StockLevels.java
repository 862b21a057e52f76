package org.millwright.maintenance.internal.parts;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.millwright.maintenance.PartSummary;
import org.springframework.stereotype.Component;

/** Stock of many parts at the sites the caller sees, read in one query. */
@Component
class StockLevels {

    private final PartStockRepository stock;
    private final SiteAccess sites;

    StockLevels(PartStockRepository stock, SiteAccess sites) {
        this.stock = stock;
        this.sites = sites;
    }

    Map<UUID, List<PartSummary.SiteStock>> of(Collection<UUID> partIds) {
        if (partIds.isEmpty()) {
            return Map.of();
        }
        return stock.findByPartIdInOrderBySiteId(partIds).stream()
                .filter(s -> sites.visible(s.getSiteId()))
                .collect(Collectors.groupingBy(
                        PartStock::getPartId, Collectors.mapping(PartStock::view, Collectors.toList())));
    }

    List<PartSummary> summaries(List<SparePart> parts) {
        Map<UUID, List<PartSummary.SiteStock>> levels =
                of(parts.stream().map(SparePart::getId).toList());
        return parts.stream()
                .map(p -> p.summary(levels.getOrDefault(p.getId(), List.of())))
                .toList();
    }

    PartSummary summary(SparePart part) {
        return summaries(List.of(part)).getFirst();
    }
}
