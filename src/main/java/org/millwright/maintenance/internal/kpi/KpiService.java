package org.millwright.maintenance.internal.kpi;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.millwright.maintenance.AssetRegistry;
import org.millwright.maintenance.AssetSummary;
import org.millwright.maintenance.KpiGrouping;
import org.millwright.maintenance.KpiQuery;
import org.millwright.maintenance.KpiReport;
import org.millwright.maintenance.MaintenanceKpis;
import org.millwright.maintenance.internal.AssetTypes;
import org.millwright.maintenance.internal.history.FailureCodes;
import org.millwright.maintenance.internal.history.FailureKind;
import org.millwright.platform.error.InvalidRequestException;
import org.millwright.platform.error.NotFoundException;
import org.millwright.platform.security.CurrentPrincipal;
import org.millwright.platform.security.MillwrightPrincipal;
import org.millwright.platform.tenancy.SiteService;
import org.millwright.platform.tenancy.TenantContext;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** {@link MaintenanceKpis}: checks the query, runs the aggregates, and shapes the groups. */
@Service
class KpiService implements MaintenanceKpis {

    /** The longest period a report covers. */
    static final int MAX_YEARS = 5;

    private final KpiQueries queries;
    private final SiteService sites;
    private final AssetRegistry assets;
    private final AssetTypes assetTypes;
    private final FailureCodes failureCodes;
    private final Clock clock;

    KpiService(
            KpiQueries queries,
            SiteService sites,
            AssetRegistry assets,
            AssetTypes assetTypes,
            FailureCodes failureCodes,
            Clock clock) {
        this.queries = queries;
        this.sites = sites;
        this.assets = assets;
        this.assetTypes = assetTypes;
        this.failureCodes = failureCodes;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public KpiReport kpis(KpiQuery query) {
        KpiScope s = scope(query);
        KpiQueries.Tallies tallies = queries.tally(s);
        Map<String, KpiFormulas.ModeNames> modeNames = modeNames();
        double periodHours = KpiFormulas.hoursBetween(s.from(), s.measuredTo());
        List<KpiReport.Group> groups = switch (s.grouping()) {
            case NONE -> List.of();
            case MONTH -> months(s, tallies, modeNames);
            default -> ranked(s, tallies, periodHours, modeNames);
        };
        int groupCount = groups.size();
        if (s.grouping() != KpiGrouping.MONTH && groups.size() > s.limit()) {
            groups = groups.subList(0, s.limit());
        }
        if (s.grouping() == KpiGrouping.ASSET) {
            groups = withAssetNames(s, groups);
        }
        int totalAssets = switch (s.grouping()) {
            case SITE, ASSET_TYPE ->
                tallies.groups.values().stream().mapToInt(t -> t.assets).sum();
            default -> tallies.whole.assets;
        };
        KpiReport.Group total = KpiFormulas.group(
                "all", null, null, totalAssets, periodHours, tallies.total(totalAssets), modeNames, true);
        return new KpiReport(
                s.from(),
                s.to(),
                s.measuredTo(),
                s.zone().getId(),
                s.grouping(),
                total,
                groups,
                groupCount,
                groups.size() < groupCount);
    }

    @Override
    @Transactional(readOnly = true)
    public ZoneId zone(UUID siteId, UUID assetId) {
        if (siteId != null) {
            return sites.zoneOf(siteId);
        }
        if (assetId != null) {
            return sites.zoneOf(asset(assetId).siteId());
        }
        Set<String> zones = sites.list(Pageable.unpaged()).stream()
                .map(SiteService.SiteView::timeZone)
                .collect(Collectors.toSet());
        return zones.size() == 1 ? ZoneId.of(zones.iterator().next()) : ZoneOffset.UTC;
    }

    private KpiScope scope(KpiQuery q) {
        UUID tenant = TenantContext.require();
        ZoneId zone = zone(q.siteId(), q.assetId());
        if (q.assetId() != null && q.siteId() != null) {
            UUID assetSite = asset(q.assetId()).siteId();
            if (!assetSite.equals(q.siteId())) {
                throw new InvalidRequestException("error.kpi-asset-other-site", q.assetId(), q.siteId());
            }
        }
        String type = q.assetType() == null || q.assetType().isBlank()
                ? null
                : assetTypes
                        .find(q.assetType())
                        .orElseThrow(() -> new InvalidRequestException("error.unknown-asset-type", q.assetType()));
        Instant now = clock.instant();
        Instant to = q.to() != null
                ? q.to()
                : LocalDate.now(clock.withZone(zone))
                        .plusDays(1)
                        .atStartOfDay(zone)
                        .toInstant();
        Instant from =
                q.from() != null ? q.from() : to.atZone(zone).minusMonths(12).toInstant();
        if (!from.isBefore(to)) {
            throw new InvalidRequestException("error.kpi-range");
        }
        if (to.isAfter(from.atZone(zone).plusYears(MAX_YEARS).toInstant())) {
            throw new InvalidRequestException("error.kpi-range-too-long", MAX_YEARS);
        }
        int limit = q.limit() == null ? KpiQuery.DEFAULT_LIMIT : q.limit();
        if (limit < 1 || limit > KpiQuery.MAX_LIMIT) {
            throw new InvalidRequestException("error.kpi-limit", KpiQuery.MAX_LIMIT);
        }
        Instant measuredTo = now.isBefore(to) ? (now.isAfter(from) ? now : from) : to;
        Set<UUID> visible =
                CurrentPrincipal.get().map(MillwrightPrincipal::siteIds).orElse(Set.of());
        return new KpiScope(
                tenant, q.siteId(), q.assetId(), type, visible, from, to, measuredTo, now, zone, q.groupBy(), limit);
    }

    /** An asset the caller may see; 404 otherwise. */
    private AssetSummary asset(UUID assetId) {
        return assets.find(assetId)
                .filter(a ->
                        CurrentPrincipal.get().map(p -> p.canSee(a.siteId())).orElse(true))
                .orElseThrow(() -> NotFoundException.of("entity.asset", assetId));
    }

    /** Every month the period touches, in order, each measured over its part of the period. */
    private List<KpiReport.Group> months(
            KpiScope s, KpiQueries.Tallies tallies, Map<String, KpiFormulas.ModeNames> modeNames) {
        List<KpiReport.Group> months = new ArrayList<>();
        YearMonth last = YearMonth.from(s.lastDay());
        for (YearMonth m = YearMonth.from(s.firstDay()); !m.isAfter(last); m = m.plusMonths(1)) {
            Instant start = max(m.atDay(1).atStartOfDay(s.zone()).toInstant(), s.from());
            Instant end = min(m.plusMonths(1).atDay(1).atStartOfDay(s.zone()).toInstant(), s.measuredTo());
            String key = m.toString();
            Tally t = tallies.groups.getOrDefault(key, new Tally());
            months.add(KpiFormulas.group(
                    key, key, null, tallies.whole.assets, KpiFormulas.hoursBetween(start, end), t, modeNames, false));
        }
        return months;
    }

    /** Groups by asset, type or site: most failures first, then most downtime, then by code. */
    private List<KpiReport.Group> ranked(
            KpiScope s, KpiQueries.Tallies tallies, double periodHours, Map<String, KpiFormulas.ModeNames> modeNames) {
        Map<String, String[]> labels = labels(s.grouping());
        List<KpiReport.Group> groups = new ArrayList<>();
        tallies.groups.forEach((key, t) -> {
            String[] label = labels.getOrDefault(key, new String[] {null, null});
            int groupAssets = s.grouping() == KpiGrouping.ASSET ? 1 : t.assets;
            groups.add(KpiFormulas.group(key, label[0], label[1], groupAssets, periodHours, t, modeNames, true));
        });
        groups.sort(Comparator.comparingInt(KpiReport.Group::failures)
                .thenComparingDouble(KpiReport.Group::downtimeHours)
                .reversed()
                .thenComparing(g -> g.code() == null ? g.key() : g.code()));
        return groups;
    }

    /** Code and name by key, for sites and asset types (assets are named once the list is cut). */
    private Map<String, String[]> labels(KpiGrouping grouping) {
        Map<String, String[]> labels = new HashMap<>();
        if (grouping == KpiGrouping.SITE) {
            sites.list(Pageable.unpaged())
                    .forEach(site -> labels.put(site.id().toString(), new String[] {site.code(), site.name()}));
        } else if (grouping == KpiGrouping.ASSET_TYPE) {
            assetTypes.list().forEach(type -> labels.put(type.code(), new String[] {type.code(), type.name()}));
        }
        return labels;
    }

    private List<KpiReport.Group> withAssetNames(KpiScope s, List<KpiReport.Group> groups) {
        Map<String, String[]> names =
                queries.assetNames(s, groups.stream().map(KpiReport.Group::key).toList());
        return groups.stream()
                .map(g -> {
                    String[] n = names.getOrDefault(g.key(), new String[] {null, null});
                    return new KpiReport.Group(
                            g.key(),
                            n[0],
                            n[1],
                            g.assets(),
                            g.periodHours(),
                            g.failures(),
                            g.downtimeHours(),
                            g.mtbfHours(),
                            g.mttrHours(),
                            g.availability(),
                            g.failuresByMode(),
                            g.backlog(),
                            g.pmCompliance(),
                            g.cost());
                })
                .toList();
    }

    private Map<String, KpiFormulas.ModeNames> modeNames() {
        Map<String, KpiFormulas.ModeNames> names = new HashMap<>();
        failureCodes
                .list(FailureKind.MODE, Locale.ENGLISH)
                .forEach(c -> names.put(c.code(), new KpiFormulas.ModeNames(c.nameEn(), c.nameEs())));
        return names;
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
