package org.millwright.maintenance.internal.kpi;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.millwright.maintenance.KpiGrouping;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Runs the KPI statements of {@link KpiSql} and sums their rows per group. Rows keyed by the
 * constant (no grouping, or months for what is not per month) go to the whole scope's tally.
 */
@Component
class KpiQueries {

    private static final int NAMES_PER_STATEMENT = 500;
    private final JdbcTemplate jdbc;

    KpiQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Every statement of the scope, summed. */
    Tallies tally(KpiScope s) {
        Tallies t = new Tallies(s.grouping());
        query(KpiSql.records(s), rs -> {
            Tally g = t.of(rs.getObject(1));
            g.failures += rs.getInt(2);
            g.downtimeMinutes += rs.getLong(3);
            g.repairSeconds += rs.getDouble(4);
            g.repairs += rs.getInt(5);
            g.partsCost = g.partsCost.add(decimal(rs, 6));
            g.labourCost = g.labourCost.add(decimal(rs, 7));
        });
        query(KpiSql.modes(s), rs -> t.of(rs.getObject(1)).addMode(rs.getString(2), rs.getLong(3), rs.getLong(4)));
        KpiScope assetScope = s.grouping() == KpiGrouping.ASSET ? withGrouping(s, KpiGrouping.NONE) : s;
        query(KpiSql.assets(assetScope), rs -> t.of(rs.getObject(1)).assets += rs.getInt(2));
        query(KpiSql.backlog(s), rs -> {
            Tally g = t.of(rs.getObject(1));
            g.backlog += rs.getInt(2);
            g.backlogMinutes += rs.getLong(3);
            g.backlogUnestimated += rs.getInt(4);
        });
        query(KpiSql.compliance(s), rs -> {
            Tally g = t.of(rs.getObject(1));
            g.pmDue += rs.getInt(2);
            g.pmOnTime += rs.getInt(3);
        });
        return t;
    }

    /** Code and name of each asset id given. */
    Map<String, String[]> assetNames(KpiScope s, List<String> ids) {
        Map<String, String[]> names = new HashMap<>();
        for (int i = 0; i < ids.size(); i += NAMES_PER_STATEMENT) {
            List<UUID> chunk = ids.subList(i, Math.min(ids.size(), i + NAMES_PER_STATEMENT)).stream()
                    .map(UUID::fromString)
                    .toList();
            query(
                    KpiSql.assetNames(s, chunk),
                    rs -> names.put(rs.getObject(1).toString(), new String[] {rs.getString(2), rs.getString(3)}));
        }
        return names;
    }

    private void query(KpiSql.Statement statement, RowReader reader) {
        jdbc.query(
                statement.sql(),
                rs -> {
                    reader.read(rs);
                },
                statement.params());
    }

    private static BigDecimal decimal(ResultSet rs, int column) throws SQLException {
        BigDecimal value = rs.getBigDecimal(column);
        return value == null ? BigDecimal.ZERO : value;
    }

    private static KpiScope withGrouping(KpiScope s, KpiGrouping grouping) {
        return new KpiScope(
                s.tenantId(),
                s.siteId(),
                s.assetId(),
                s.assetType(),
                s.visibleSites(),
                s.from(),
                s.to(),
                s.measuredTo(),
                s.now(),
                s.zone(),
                grouping,
                s.limit());
    }

    @FunctionalInterface
    private interface RowReader {
        void read(ResultSet rs) throws SQLException;
    }

    /** The tallies of one report: per group key, and the whole scope's for constant-keyed rows. */
    static final class Tallies {
        private final KpiGrouping grouping;
        final Map<String, Tally> groups = new LinkedHashMap<>();
        final Tally whole = new Tally();

        Tallies(KpiGrouping grouping) {
            this.grouping = grouping;
        }

        Tally of(Object rawKey) {
            String key = key(rawKey);
            return key == null ? whole : groups.computeIfAbsent(key, k -> new Tally());
        }

        /** Everything summed, with the given asset count. */
        Tally total(int assets) {
            Tally total = new Tally();
            total.add(whole);
            groups.values().forEach(total::add);
            total.assets = assets;
            return total;
        }

        /** The group's key: null for the constant, yyyy-MM for months, else the value as text. */
        private String key(Object raw) {
            if (raw instanceof Number n) {
                int value = n.intValue();
                return grouping == KpiGrouping.MONTH && value != 0
                        ? String.format(java.util.Locale.ROOT, "%04d-%02d", value / 100, value % 100)
                        : null;
            }
            return raw.toString();
        }

        List<String> keys() {
            return new ArrayList<>(groups.keySet());
        }
    }
}
