package org.millwright.maintenance.internal.imports;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.millwright.maintenance.internal.history.FailureCodes;
import org.millwright.maintenance.internal.history.FailureKind;
import org.millwright.maintenance.internal.history.RecordSource;
import org.millwright.maintenance.internal.history.WorkType;
import org.millwright.platform.tenancy.TenantContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads maintenance history rows. A row names its asset by code; times without an offset are read
 * in the asset's plant zone. A row whose external reference was imported before is skipped, so
 * importing the same file twice adds nothing; a reference repeated inside one file is an error.
 */
@Component
class HistoryImporter {

    static final List<Column> COLUMNS = List.of(
            Column.optional("external_ref", "external_reference", "referencia_externa", "referencia", "ref"),
            Column.required("asset", "asset_code", "activo", "codigo_activo"),
            Column.required("work_type", "type", "tipo_trabajo", "tipo_mantenimiento", "tipo"),
            Column.optional("started_at", "start", "inicio", "fecha_inicio"),
            Column.required("finished_at", "finish", "fin", "fecha_fin", "termino", "fecha_termino"),
            Column.optional("description", "descripcion"),
            Column.optional("failure_mode", "modo_falla", "modo_de_falla"),
            Column.optional("failure_cause", "causa_falla", "causa_de_falla", "causa"),
            Column.optional("remedy", "remedio", "accion", "accion_correctiva"),
            Column.optional("downtime_minutes", "minutos_detencion", "detencion_minutos", "minutos_parada"),
            Column.optional("labour_hours", "labor_hours", "horas_hombre", "horas_trabajo"),
            Column.optional("parts_cost", "costo_repuestos"),
            Column.optional("labour_cost", "labor_cost", "costo_mano_obra"));

    static final Map<String, WorkType> SPANISH_TYPES = Map.of(
            "correctivo", WorkType.CORRECTIVE,
            "preventivo", WorkType.PREVENTIVE,
            "predictivo", WorkType.PREDICTIVE,
            "inspeccion", WorkType.INSPECTION,
            "inspección", WorkType.INSPECTION);

    private static final String INSERT = "insert into maintenance_records (id, tenant_id, site_id, asset_id, source,"
            + " work_type, started_at, finished_at, description, failure_mode, failure_cause, remedy, downtime_minutes,"
            + " labour_hours, parts_cost, labour_cost, external_ref, created_at, updated_at, version) values ";
    private static final String TUPLE = "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)";
    private static final int PARAMETERS = 19;
    private static final int LOOKUP_CHUNK = 500;
    /** Past this many references in a file, one pass over the tenant's references beats many IN lists. */
    private static final int SCAN_ABOVE = 2000;

    private final Lookups lookups;
    private final FailureCodes failureCodes;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    HistoryImporter(Lookups lookups, FailureCodes failureCodes, JdbcTemplate jdbc, Clock clock) {
        this.lookups = lookups;
        this.failureCodes = failureCodes;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    RowImporter<HistoryRow> start() {
        Map<UUID, ZoneId> zones = new HashMap<>();
        lookups.sitesByCode().values().forEach(s -> zones.put(s.id(), s.zone()));
        return new Run(
                lookups.assetsByCode(),
                zones,
                failureCodes.snapshot(),
                clock.instant().plusSeconds(300));
    }

    static WorkType workType(String value) {
        WorkType spanish = SPANISH_TYPES.get(value.strip().toLowerCase(Locale.ROOT));
        return spanish != null ? spanish : WorkType.fromWire(value);
    }

    /** A history row ready to insert. */
    record HistoryRow(
            long row,
            UUID assetId,
            UUID siteId,
            WorkType workType,
            Instant startedAt,
            Instant finishedAt,
            String description,
            String failureMode,
            String failureCause,
            String remedy,
            Integer downtimeMinutes,
            BigDecimal labourHours,
            BigDecimal partsCost,
            BigDecimal labourCost,
            String externalRef) {}

    /** One file's import. */
    private final class Run implements RowImporter<HistoryRow> {

        private final Map<String, Lookups.AssetRef> assets;
        private final Map<UUID, ZoneId> zones;
        private final FailureCodes.Snapshot codes;
        private final Instant latest;
        private final Map<String, Long> refs = new HashMap<>();

        Run(
                Map<String, Lookups.AssetRef> assets,
                Map<UUID, ZoneId> zones,
                FailureCodes.Snapshot codes,
                Instant latest) {
            this.assets = assets;
            this.zones = zones;
            this.codes = codes;
            this.latest = latest;
        }

        @Override
        public List<Column> columns() {
            return COLUMNS;
        }

        @Override
        public HistoryRow read(CsvRow row) {
            String ref = externalRef(row);
            Lookups.AssetRef asset = asset(row);
            ZoneId zone = asset == null ? ZoneOffset.UTC : zones.getOrDefault(asset.siteId(), ZoneOffset.UTC);
            WorkType type = row.required("work_type", 40) == null
                    ? null
                    : row.choice("work_type", HistoryImporter::workType, "import.unknown-work-type", null);
            Instant started = row.time("started_at", zone);
            Instant finished = finished(row, zone);
            if (started != null && finished != null && started.isAfter(finished)) {
                row.error("started_at", "import.start-after-finish");
            }
            String description = row.text("description", 4000);
            String mode = code(row, "failure_mode", FailureKind.MODE);
            String cause = code(row, "failure_cause", FailureKind.CAUSE);
            String remedy = code(row, "remedy", FailureKind.REMEDY);
            Integer downtime = row.whole("downtime_minutes", Integer.MAX_VALUE);
            BigDecimal hours = row.decimal("labour_hours", 8, 2);
            BigDecimal parts = row.decimal("parts_cost", 12, 2);
            BigDecimal labour = row.decimal("labour_cost", 12, 2);
            if (!row.valid()) {
                return null;
            }
            return new HistoryRow(
                    row.number(),
                    asset.id(),
                    asset.siteId(),
                    type,
                    started,
                    finished,
                    description,
                    mode,
                    cause,
                    remedy,
                    downtime,
                    hours,
                    parts,
                    labour,
                    ref);
        }

        private String externalRef(CsvRow row) {
            String ref = row.text("external_ref", 100);
            if (ref != null) {
                Long earlier = refs.putIfAbsent(ref, row.number());
                if (earlier != null) {
                    row.error("external_ref", "import.duplicate-in-file", ref, Long.toString(earlier));
                }
            }
            return ref;
        }

        private Lookups.AssetRef asset(CsvRow row) {
            String code = row.code("asset", 40, true);
            if (code == null) {
                return null;
            }
            Lookups.AssetRef asset = assets.get(code);
            if (asset == null || !asset.visible()) {
                row.error("asset", "import.unknown-asset", code);
                return null;
            }
            return asset;
        }

        private Instant finished(CsvRow row, ZoneId zone) {
            if (row.required("finished_at", 40) == null) {
                return null;
            }
            Instant finished = row.time("finished_at", zone);
            if (finished != null && finished.isAfter(latest)) {
                row.error("finished_at", "import.future-time");
                return null;
            }
            return finished;
        }

        private String code(CsvRow row, String column, FailureKind kind) {
            String code = row.text(column, 20);
            if (code == null) {
                return null;
            }
            return switch (codes.stateOf(kind, code)) {
                case ACTIVE -> code.toUpperCase(Locale.ROOT);
                case INACTIVE -> {
                    row.error(column, "import.inactive-failure-code", FailureCodes.label(kind), code);
                    yield null;
                }
                case UNKNOWN -> {
                    row.error(column, "import.unknown-failure-code", FailureCodes.label(kind), code);
                    yield null;
                }
            };
        }

        /** Leaves out the rows whose external reference is stored already. */
        @Override
        public List<HistoryRow> toWrite(List<HistoryRow> valid, ImportProblems problems) {
            Set<String> stored = storedRefs(valid);
            if (stored.isEmpty()) {
                return valid;
            }
            List<HistoryRow> fresh = new ArrayList<>(valid.size());
            for (HistoryRow r : valid) {
                if (r.externalRef() != null && stored.contains(r.externalRef())) {
                    problems.skipped(r.row(), "external_ref", "import.already-imported", r.externalRef());
                } else {
                    fresh.add(r);
                }
            }
            return fresh;
        }

        private Set<String> storedRefs(List<HistoryRow> rows) {
            List<String> refs = rows.stream()
                    .map(HistoryRow::externalRef)
                    .filter(r -> r != null)
                    .toList();
            if (refs.isEmpty()) {
                return Collections.emptySet();
            }
            Set<String> stored = new HashSet<>();
            UUID tenant = TenantContext.require();
            boolean anyStored = !jdbc.queryForList(
                            "select external_ref from maintenance_records where tenant_id = ?"
                                    + " and external_ref is not null fetch first 1 rows only",
                            String.class,
                            tenant)
                    .isEmpty();
            if (anyStored && refs.size() > SCAN_ABOVE) {
                Set<String> wanted = new HashSet<>(refs);
                jdbc.query(
                        "select external_ref from maintenance_records where tenant_id = ? and external_ref is not null",
                        rs -> {
                            String ref = rs.getString(1);
                            if (wanted.contains(ref)) {
                                stored.add(ref);
                            }
                        },
                        tenant);
            } else if (anyStored) {
                lookUp(refs, tenant, stored);
            }
            return stored;
        }

        /** The stored ones among {@code refs}, a few hundred per query (the unique index starts with the reference). */
        private void lookUp(List<String> refs, UUID tenant, Set<String> stored) {
            for (int from = 0; from < refs.size(); from += LOOKUP_CHUNK) {
                List<String> chunk = refs.subList(from, Math.min(refs.size(), from + LOOKUP_CHUNK));
                String marks = String.join(", ", Collections.nCopies(chunk.size(), "?"));
                Object[] args = new Object[chunk.size() + 1];
                args[0] = tenant;
                for (int i = 0; i < chunk.size(); i++) {
                    args[i + 1] = chunk.get(i);
                }
                stored.addAll(jdbc.queryForList(
                        "select external_ref from maintenance_records where tenant_id = ? and external_ref in (" + marks
                                + ")",
                        String.class,
                        args));
            }
        }

        @Override
        public void write(List<HistoryRow> rows) {
            UUID tenant = TenantContext.require();
            OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
            Sql.insertAll(jdbc, INSERT, TUPLE, PARAMETERS, rows, (ps, at, r) -> {
                ps.setObject(at + 1, TimeOrderedIds.next());
                ps.setObject(at + 2, tenant);
                ps.setObject(at + 3, r.siteId());
                ps.setObject(at + 4, r.assetId());
                ps.setString(at + 5, RecordSource.IMPORT.name());
                ps.setString(at + 6, r.workType().name());
                Sql.time(ps, at + 7, r.startedAt());
                Sql.time(ps, at + 8, r.finishedAt());
                Sql.text(ps, at + 9, r.description());
                Sql.text(ps, at + 10, r.failureMode());
                Sql.text(ps, at + 11, r.failureCause());
                Sql.text(ps, at + 12, r.remedy());
                Sql.integer(ps, at + 13, r.downtimeMinutes());
                Sql.decimal(ps, at + 14, r.labourHours());
                Sql.decimal(ps, at + 15, r.partsCost());
                Sql.decimal(ps, at + 16, r.labourCost());
                Sql.text(ps, at + 17, r.externalRef());
                ps.setObject(at + 18, now);
                ps.setObject(at + 19, now);
            });
        }
    }
}
