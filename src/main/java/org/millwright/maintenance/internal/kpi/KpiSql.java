package org.millwright.maintenance.internal.kpi;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.millwright.maintenance.KpiGrouping;
import org.millwright.maintenance.WorkOrderSource;
import org.millwright.maintenance.WorkOrderStatus;
import org.millwright.maintenance.WorkOrderType;

/**
 * The KPI statements: each aggregates in the database, grouped by a key column {@code k} (asset,
 * site, asset type, month, or the constant 0), and filters by tenant first, so PostgreSQL and H2
 * read only the scope's rows through the tenant's indexes. Written once for both databases: times
 * are read in a zone with {@code at time zone} and compared by their calendar fields.
 */
final class KpiSql {

    /** A statement and its parameters, in order. */
    record Statement(String sql, Object[] params) {}

    private KpiSql() {}

    /** Per group: failures, downtime, repair seconds and their count, parts and labour cost. */
    static Statement records(KpiScope s) {
        Builder b = new Builder();
        b.sql("select k, count(case when work_type = 'CORRECTIVE' then 1 end),"
                + " sum(downtime_minutes),"
                + " sum(case when work_type = 'CORRECTIVE' then repair_seconds end),"
                + " count(case when work_type = 'CORRECTIVE' then repair_seconds end),"
                + " sum(parts_cost), sum(labour_cost) from (select ");
        recordKey(b, s);
        b.sql(" as k, r.work_type, r.downtime_minutes, r.parts_cost, r.labour_cost,"
                + " case when r.started_at is not null"
                + " then extract(epoch from r.finished_at) - extract(epoch from r.started_at)"
                + " else r.downtime_minutes * 60 end as repair_seconds");
        recordsInPeriod(b, s);
        b.sql(") x group by k");
        return b.build();
    }

    /** Per group and failure mode: corrective records and their downtime. */
    static Statement modes(KpiScope s) {
        Builder b = new Builder();
        b.sql("select k, failure_mode, count(*), sum(downtime_minutes) from (select ");
        recordKey(b, s);
        b.sql(" as k, r.failure_mode, r.downtime_minutes");
        recordsInPeriod(b, s);
        b.sql(" and r.work_type = 'CORRECTIVE') x group by k, failure_mode");
        return b.build();
    }

    /**
     * Per group (months: one count): the assets in scope, retired ones only when they have a
     * record in the period (the registry keeps no retirement date).
     */
    static Statement assets(KpiScope s) {
        Builder b = new Builder();
        b.sql("select k, count(*) from (select ");
        b.sql(
                switch (s.grouping()) {
                    case SITE -> "a.site_id";
                    case ASSET_TYPE -> "a.asset_type";
                    case ASSET -> "a.id";
                    case NONE, MONTH -> "0";
                });
        b.sql(" as k from assets a");
        scope(b, s, "a", "id");
        b.sql(" and (a.status <> 'RETIRED' or exists (select 1 from maintenance_records r"
                        + " where r.asset_id = a.id and r.finished_at >= ? and r.finished_at < ?))")
                .param(time(s.from()))
                .param(time(s.to()));
        b.sql(") x group by k");
        return b.build();
    }

    /** Per group (months: one total): open work orders, their estimated minutes, those without. */
    static Statement backlog(KpiScope s) {
        Builder b = new Builder();
        b.sql("select k, count(*), sum(estimated_minutes), count(case when estimated_minutes is null then 1 end)"
                + " from (select ");
        b.sql(s.grouping() == KpiGrouping.MONTH ? "0" : workOrderKey(s.grouping()));
        b.sql(" as k, w.estimated_minutes from work_orders w");
        joinAssets(b, s, "w");
        scope(b, s, "w", "asset_id");
        b.sql(" and w.status in (");
        b.list(WorkOrderStatus.OPEN_STATUSES.stream().map(Enum::name).toList());
        b.sql(")) x group by k");
        return b.build();
    }

    /**
     * Per group (months: by due date): preventive work orders due on the period's days that can be
     * judged (done, or not done and due before today in their plant), and those done on or before
     * their due date in their plant's zone. Cancelled ones do not count.
     */
    static Statement compliance(KpiScope s) {
        Builder b = new Builder();
        b.sql("select k, count(*), count(case when on_time = 1 then 1 end) from (select ");
        b.sql(
                s.grouping() == KpiGrouping.MONTH
                        ? "extract(year from w.due_date) * 100 + extract(month from w.due_date)"
                        : workOrderKey(s.grouping()));
        b.sql(" as k, case when w.completed_at is not null and ")
                .sql(localDay("w.completed_at"))
                .sql(" <= ")
                .sql(day("w.due_date"))
                .sql(" then 1 else 0 end as on_time from work_orders w join sites s on s.id = w.site_id");
        joinAssets(b, s, "w");
        scope(b, s, "w", "asset_id");
        b.sql(" and (w.source = ? or w.wo_type = ?) and w.status <> ?")
                .param(WorkOrderSource.PREVENTIVE_PLAN.name())
                .param(WorkOrderType.PREVENTIVE.name())
                .param(WorkOrderStatus.CANCELLED.name());
        b.sql(" and w.due_date >= ? and w.due_date <= ?").param(s.firstDay()).param(s.lastDay());
        b.sql(" and (w.completed_at is not null or ")
                .sql(day("w.due_date"))
                .sql(" < ")
                .sql(localDay("cast(? as timestamp with time zone)"))
                // the local day's expression names its instant three times (year, month, day)
                .param(time(s.now()))
                .param(time(s.now()))
                .param(time(s.now()))
                .sql(")) x group by k");
        return b.build();
    }

    /** The assets named, with their codes and names (for groups by asset). */
    static Statement assetNames(KpiScope s, List<?> ids) {
        Builder b = new Builder();
        b.sql("select id, code, name from assets where tenant_id = ?").param(s.tenantId());
        b.sql(" and id in (");
        b.list(ids);
        b.sql(")");
        return b.build();
    }

    private static void recordKey(Builder b, KpiScope s) {
        switch (s.grouping()) {
            case NONE -> b.sql("0");
            case ASSET -> b.sql("r.asset_id");
            case ASSET_TYPE -> b.sql("a.asset_type");
            case SITE -> b.sql("r.site_id");
            case MONTH ->
                b.sql("extract(year from (r.finished_at at time zone ?)) * 100"
                                + " + extract(month from (r.finished_at at time zone ?))")
                        .param(s.zone().getId())
                        .param(s.zone().getId());
        }
    }

    private static String workOrderKey(KpiGrouping grouping) {
        return switch (grouping) {
            case NONE, MONTH -> "0";
            case ASSET -> "w.asset_id";
            case ASSET_TYPE -> "a.asset_type";
            case SITE -> "w.site_id";
        };
    }

    private static void recordsInPeriod(Builder b, KpiScope s) {
        b.sql(" from maintenance_records r");
        joinAssets(b, s, "r");
        scope(b, s, "r", "asset_id");
        b.sql(" and r.finished_at >= ? and r.finished_at < ?")
                .param(time(s.from()))
                .param(time(s.to()));
    }

    private static void joinAssets(Builder b, KpiScope s, String alias) {
        if (s.byAssetType()) {
            b.sql(" join assets a on a.id = ").sql(alias).sql(".asset_id");
        }
    }

    /** The tenant first (every index starts with it), then the filters. */
    private static void scope(Builder b, KpiScope s, String alias, String assetColumn) {
        b.sql(" where ").sql(alias).sql(".tenant_id = ?").param(s.tenantId());
        if (s.siteId() != null) {
            b.sql(" and ").sql(alias).sql(".site_id = ?").param(s.siteId());
        } else if (!s.visibleSites().isEmpty()) {
            b.sql(" and ").sql(alias).sql(".site_id in (");
            b.list(new ArrayList<>(s.visibleSites()));
            b.sql(")");
        }
        if (s.assetId() != null) {
            b.sql(" and ").sql(alias).sql(".").sql(assetColumn).sql(" = ?").param(s.assetId());
        }
        if (s.assetType() != null) {
            b.sql(" and a.asset_type = ?").param(s.assetType());
        }
    }

    /** A date as a number yyyymmdd. */
    private static String day(String date) {
        return "(extract(year from " + date + ") * 10000 + extract(month from " + date + ") * 100"
                + " + extract(day from " + date + "))";
    }

    /** An instant's date in the zone of its site ({@code s.time_zone}), as a number yyyymmdd. */
    private static String localDay(String instant) {
        String local = "(" + instant + " at time zone s.time_zone)";
        return day(local);
    }

    private static OffsetDateTime time(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    /** Accumulates SQL text and its parameters in order. */
    private static final class Builder {
        private final StringBuilder sql = new StringBuilder();
        private final List<Object> params = new ArrayList<>();

        Builder sql(String text) {
            sql.append(text);
            return this;
        }

        Builder param(Object value) {
            params.add(value);
            return this;
        }

        void list(List<?> values) {
            sql.append(String.join(", ", Collections.nCopies(values.size(), "?")));
            params.addAll(values);
        }

        Statement build() {
            return new Statement(sql.toString(), params.toArray());
        }
    }
}
