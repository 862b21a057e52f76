package org.millwright.maintenance.internal.imports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.millwright.maintenance.internal.history.PlantTimes;
import org.millwright.platform.tenancy.TenantContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * CSV export of assets and maintenance history, with the columns the import reads, so an export
 * imports again (into another tenant, or after the rows were deleted). Times are written in the
 * plant's zone without offset, as plants write them.
 */
@Service
public class CsvExports {

    private static final int FETCH = 1000;
    private static final CSVFormat FORMAT = CSVFormat.RFC4180;
    private final JdbcTemplate jdbc;

    CsvExports(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.jdbc.setFetchSize(FETCH);
    }

    /** Every asset of the caller's sites ({@code visibleSites} empty: all), each after its parent. */
    @Transactional(readOnly = true)
    public void assets(Set<UUID> visibleSites, Writer out) {
        String sql = "select a.id, a.parent_id, a.code, a.name, s.code, ar.code, p.code, a.asset_type, a.criticality,"
                + " a.status, a.manufacturer, a.model, a.serial_number, a.install_date, a.description"
                + " from assets a join sites s on s.id = a.site_id left join areas ar on ar.id = a.area_id"
                + " left join assets p on p.id = a.parent_id where a.tenant_id = ?"
                + siteFilter("a.site_id", visibleSites) + " order by a.code";
        List<ExportedAsset> rows = jdbc.query(sql, (rs, n) -> asset(rs), args(TenantContext.require(), visibleSites));
        try (CSVPrinter csv = printer(out, AssetImporter.COLUMNS)) {
            for (ExportedAsset a : parentsFirst(rows)) {
                csv.printRecord(a.values());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** History records finished in [from, to) (either may be null), of one site or all, oldest first, streamed. */
    @Transactional(readOnly = true)
    public void history(Instant from, Instant to, UUID siteId, Set<UUID> visibleSites, Writer out) {
        StringBuilder sql = new StringBuilder("select r.external_ref, a.code, r.work_type, r.started_at, r.finished_at,"
                + " r.description, r.failure_mode, r.failure_cause, r.remedy, r.downtime_minutes, r.labour_hours,"
                + " r.parts_cost, r.labour_cost, s.time_zone from maintenance_records r"
                + " join assets a on a.id = r.asset_id join sites s on s.id = r.site_id where r.tenant_id = ?");
        List<Object> args = new ArrayList<>(List.of(TenantContext.require()));
        if (siteId != null) {
            sql.append(" and r.site_id = ?");
            args.add(siteId);
        }
        if (from != null) {
            sql.append(" and r.finished_at >= ?");
            args.add(from.atOffset(java.time.ZoneOffset.UTC));
        }
        if (to != null) {
            sql.append(" and r.finished_at < ?");
            args.add(to.atOffset(java.time.ZoneOffset.UTC));
        }
        sql.append(siteFilter("r.site_id", visibleSites)).append(" order by r.finished_at, r.id");
        args.addAll(visibleSites);
        Map<String, ZoneId> zones = new HashMap<>();
        try (CSVPrinter csv = printer(out, HistoryImporter.COLUMNS)) {
            jdbc.query(
                    sql.toString(),
                    rs -> {
                        ZoneId zone = zones.computeIfAbsent(rs.getString(14), ZoneId::of);
                        try {
                            csv.printRecord(
                                    rs.getString(1),
                                    rs.getString(2),
                                    rs.getString(3).toLowerCase(Locale.ROOT),
                                    time(rs, 4, zone),
                                    time(rs, 5, zone),
                                    rs.getString(6),
                                    rs.getString(7),
                                    rs.getString(8),
                                    rs.getString(9),
                                    rs.getObject(10),
                                    plain(rs.getBigDecimal(11)),
                                    plain(rs.getBigDecimal(12)),
                                    plain(rs.getBigDecimal(13)));
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    },
                    args.toArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static CSVPrinter printer(Writer out, List<Column> columns) throws IOException {
        return new CSVPrinter(
                out,
                FORMAT.builder()
                        .setHeader(columns.stream().map(Column::name).toArray(String[]::new))
                        .get());
    }

    private static String siteFilter(String column, Set<UUID> visibleSites) {
        if (visibleSites.isEmpty()) {
            return "";
        }
        return " and " + column + " in (" + String.join(", ", java.util.Collections.nCopies(visibleSites.size(), "?"))
                + ")";
    }

    private static Object[] args(UUID tenant, Set<UUID> visibleSites) {
        List<Object> args = new ArrayList<>();
        args.add(tenant);
        args.addAll(visibleSites);
        return args.toArray();
    }

    private static String time(ResultSet rs, int column, ZoneId zone) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : PlantTimes.format(t.toInstant(), zone);
    }

    private static String plain(BigDecimal value) {
        return value == null ? null : value.toPlainString();
    }

    private static ExportedAsset asset(ResultSet rs) throws SQLException {
        Object installed = rs.getObject(14, java.time.LocalDate.class);
        return new ExportedAsset(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), new Object[] {
            rs.getString(3),
            rs.getString(4),
            rs.getString(5),
            rs.getString(6),
            rs.getString(7),
            rs.getString(8).toLowerCase(Locale.ROOT),
            rs.getString(9),
            rs.getString(10).toLowerCase(Locale.ROOT),
            rs.getString(11),
            rs.getString(12),
            rs.getString(13),
            installed,
            rs.getString(15)
        });
    }

    /** The assets in tree order: each root by code, then its components depth first, by code. */
    static List<ExportedAsset> parentsFirst(List<ExportedAsset> byCode) {
        Set<UUID> present = new HashSet<>();
        byCode.forEach(a -> present.add(a.id()));
        Map<UUID, List<ExportedAsset>> children = new HashMap<>();
        List<ExportedAsset> roots = new ArrayList<>();
        for (ExportedAsset a : byCode) {
            if (a.parentId() == null || !present.contains(a.parentId())) {
                roots.add(a);
            } else {
                children.computeIfAbsent(a.parentId(), k -> new ArrayList<>()).add(a);
            }
        }
        List<ExportedAsset> ordered = new ArrayList<>(byCode.size());
        java.util.ArrayDeque<ExportedAsset> stack = new java.util.ArrayDeque<>();
        for (int i = roots.size() - 1; i >= 0; i--) {
            stack.push(roots.get(i));
        }
        while (!stack.isEmpty()) {
            ExportedAsset a = stack.pop();
            ordered.add(a);
            List<ExportedAsset> kids = children.getOrDefault(a.id(), List.of());
            for (int i = kids.size() - 1; i >= 0; i--) {
                stack.push(kids.get(i));
            }
        }
        if (ordered.size() < byCode.size()) {
            Set<UUID> written = new HashSet<>();
            ordered.forEach(a -> written.add(a.id()));
            byCode.stream().filter(a -> !written.contains(a.id())).forEach(ordered::add);
        }
        return ordered;
    }

    /** An asset row of the export, with the ids that order it. */
    record ExportedAsset(UUID id, UUID parentId, Object[] values) {}
}
