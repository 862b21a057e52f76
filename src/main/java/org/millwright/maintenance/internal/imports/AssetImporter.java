package org.millwright.maintenance.internal.imports;

import java.sql.Types;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import org.millwright.maintenance.AssetStatus;
import org.millwright.maintenance.Criticality;
import org.millwright.maintenance.internal.Area;
import org.millwright.maintenance.internal.AreaRepository;
import org.millwright.maintenance.internal.AssetTypes;
import org.millwright.platform.tenancy.TenantContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads asset rows. A row names its site, area and parent by code; a parent must exist already or
 * come earlier in the file, in the same site. Codes are upper-cased, as the API does.
 */
@Component
class AssetImporter {

    static final List<Column> COLUMNS = List.of(
            Column.required("code", "codigo", "codigo_activo"),
            Column.required("name", "nombre"),
            Column.required("site", "site_code", "planta", "sitio", "codigo_planta"),
            Column.optional("area", "area_code", "codigo_area"),
            Column.optional("parent", "parent_code", "padre", "activo_padre"),
            Column.required("type", "tipo"),
            Column.required("criticality", "criticidad"),
            Column.optional("status", "estado"),
            Column.optional("manufacturer", "fabricante", "marca"),
            Column.optional("model", "modelo"),
            Column.optional("serial_number", "serial", "numero_serie", "serie", "n_serie"),
            Column.optional("install_date", "fecha_instalacion", "instalacion"),
            Column.optional("description", "descripcion"));

    private static final String INSERT = "insert into assets (id, tenant_id, site_id, area_id, parent_id, code, name,"
            + " asset_type, criticality, status, manufacturer, model, serial_number, install_date, description,"
            + " created_at, updated_at, version) values ";
    private static final String TUPLE = "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)";
    private static final int PARAMETERS = 17;
    private final Lookups lookups;
    private final AreaRepository areas;
    private final AssetTypes assetTypes;
    private final JdbcTemplate jdbc;

    AssetImporter(Lookups lookups, AreaRepository areas, AssetTypes assetTypes, JdbcTemplate jdbc) {
        this.lookups = lookups;
        this.areas = areas;
        this.assetTypes = assetTypes;
        this.jdbc = jdbc;
    }

    RowImporter<AssetRow> start() {
        Map<String, UUID> areaIds = new HashMap<>();
        for (Area a : areas.findAll()) {
            areaIds.put(a.getSiteId() + "/" + a.getCode(), a.getId());
        }
        return new Run(lookups.sitesByCode(), areaIds, lookups.assetsByCode(), activeTypes());
    }

    /** The tenant's active asset types (built in and its own) by lower-case code: read once per file. */
    private Map<String, String> activeTypes() {
        Map<String, String> types = new TreeMap<>();
        for (AssetTypes.AssetTypeView t : assetTypes.list()) {
            if (t.active()) {
                types.put(t.code().toLowerCase(Locale.ROOT), t.code());
            }
        }
        return types;
    }

    /**
     * The stored code of the asset type named by {@code value} ({@code Pump}, {@code packaging-machine}
     * and {@code packaging_machine} name built-in types too); IllegalArgumentException when the tenant
     * has no such active type. The one place import checks types.
     */
    static String assetType(Map<String, String> types, String value) {
        String key = value.strip().toLowerCase(Locale.ROOT);
        String code = types.getOrDefault(key, types.get(key.replace('-', '_')));
        if (code == null) {
            throw new IllegalArgumentException("unknown asset type " + value);
        }
        return code;
    }

    static String knownStatuses() {
        return Arrays.stream(AssetStatus.values()).map(AssetStatus::wire).collect(Collectors.joining(", "));
    }

    static Criticality criticality(String value) {
        return Criticality.valueOf(value.strip().toUpperCase(java.util.Locale.ROOT));
    }

    /** An asset row ready to insert. */
    record AssetRow(
            UUID id,
            UUID siteId,
            UUID areaId,
            UUID parentId,
            String code,
            String name,
            String type,
            Criticality criticality,
            AssetStatus status,
            String manufacturer,
            String model,
            String serialNumber,
            LocalDate installDate,
            String description) {}

    /** One file's import. */
    private final class Run implements RowImporter<AssetRow> {

        private final Map<String, Lookups.SiteRef> sites;
        private final Map<String, UUID> areaIds;
        private final Map<String, Lookups.AssetRef> existing;
        private final Map<String, FileAsset> inFile = new HashMap<>();
        private final Map<String, String> types;
        private final LocalDate today = LocalDate.now(ZoneOffset.UTC).plusDays(1);

        Run(
                Map<String, Lookups.SiteRef> sites,
                Map<String, UUID> areaIds,
                Map<String, Lookups.AssetRef> existing,
                Map<String, String> types) {
            this.sites = sites;
            this.areaIds = areaIds;
            this.existing = existing;
            this.types = types;
        }

        @Override
        public List<Column> columns() {
            return COLUMNS;
        }

        @Override
        public AssetRow read(CsvRow row) {
            String code = row.code("code", 40, true);
            String name = row.required("name", 200);
            Lookups.SiteRef site = site(row);
            UUID id = TimeOrderedIds.next();
            if (code != null) {
                declare(row, code, id, site);
            }
            UUID areaId = site == null ? null : area(row, site);
            UUID parentId = site == null ? null : parent(row, code, site);
            String type = required(row, "type")
                    ? row.choice(
                            "type", v -> assetType(types, v), "import.unknown-type", String.join(", ", types.values()))
                    : null;
            Criticality criticality = required(row, "criticality")
                    ? row.choice("criticality", AssetImporter::criticality, "import.bad-criticality", "A, B, C")
                    : null;
            AssetStatus status = row.choice("status", AssetStatus::fromWire, "import.unknown-status", knownStatuses());
            String manufacturer = row.text("manufacturer", 120);
            String model = row.text("model", 120);
            String serial = row.text("serial_number", 120);
            LocalDate installed = row.date("install_date");
            if (installed != null && installed.isAfter(today)) {
                row.error("install_date", "import.future-date", installed);
            }
            String description = row.text("description", 2000);
            if (!row.valid()) {
                return null;
            }
            return new AssetRow(
                    id,
                    site.id(),
                    areaId,
                    parentId,
                    code,
                    name,
                    type,
                    criticality,
                    status == null ? AssetStatus.OPERATIONAL : status,
                    manufacturer,
                    model,
                    serial,
                    installed,
                    description);
        }

        private static boolean required(CsvRow row, String column) {
            if (row.text(column, Integer.MAX_VALUE) == null) {
                row.error(column, "import.required");
                return false;
            }
            return true;
        }

        private Lookups.SiteRef site(CsvRow row) {
            String code = row.code("site", 40, true);
            if (code == null) {
                return null;
            }
            Lookups.SiteRef site = sites.get(code);
            if (site == null) {
                row.error("site", "import.unknown-site", code);
            }
            return site;
        }

        private void declare(CsvRow row, String code, UUID id, Lookups.SiteRef site) {
            FileAsset earlier = inFile.get(code);
            if (earlier != null) {
                row.error("code", "import.duplicate-in-file", code, Long.toString(earlier.row()));
            } else if (existing.containsKey(code)) {
                row.error("code", "import.asset-exists", code);
            } else {
                inFile.put(code, new FileAsset(id, site == null ? null : site.id(), row.number()));
            }
        }

        private UUID area(CsvRow row, Lookups.SiteRef site) {
            String code = row.code("area", 40, false);
            if (code == null) {
                return null;
            }
            UUID id = areaIds.get(site.id() + "/" + code);
            if (id == null) {
                row.error("area", "import.unknown-area", code, site.code());
            }
            return id;
        }

        private UUID parent(CsvRow row, String ownCode, Lookups.SiteRef site) {
            String code = row.code("parent", 40, false);
            if (code == null) {
                return null;
            }
            if (code.equals(ownCode)) {
                row.error("parent", "import.own-parent");
                return null;
            }
            FileAsset earlier = inFile.get(code);
            UUID id;
            UUID siteId;
            if (earlier != null && earlier.row() < row.number()) {
                id = earlier.id();
                siteId = earlier.siteId();
            } else if (existing.containsKey(code) && existing.get(code).visible()) {
                id = existing.get(code).id();
                siteId = existing.get(code).siteId();
            } else {
                row.error("parent", "import.unknown-parent", code);
                return null;
            }
            if (siteId != null && !siteId.equals(site.id())) {
                row.error("parent", "import.parent-other-site", code);
            }
            return id;
        }

        @Override
        public void write(List<AssetRow> rows) {
            UUID tenant = TenantContext.require();
            OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
            Sql.insertAll(jdbc, INSERT, TUPLE, PARAMETERS, rows, (ps, at, r) -> {
                ps.setObject(at + 1, r.id());
                ps.setObject(at + 2, tenant);
                ps.setObject(at + 3, r.siteId());
                Sql.uuid(ps, at + 4, r.areaId());
                Sql.uuid(ps, at + 5, r.parentId());
                ps.setString(at + 6, r.code());
                ps.setString(at + 7, r.name());
                ps.setString(at + 8, r.type());
                ps.setString(at + 9, r.criticality().name());
                ps.setString(at + 10, r.status().name());
                Sql.text(ps, at + 11, r.manufacturer());
                Sql.text(ps, at + 12, r.model());
                Sql.text(ps, at + 13, r.serialNumber());
                if (r.installDate() == null) {
                    ps.setNull(at + 14, Types.DATE);
                } else {
                    ps.setObject(at + 14, r.installDate());
                }
                Sql.text(ps, at + 15, r.description());
                ps.setObject(at + 16, now);
                ps.setObject(at + 17, now);
            });
        }
    }

    /** An asset declared earlier in the same file. */
    private record FileAsset(UUID id, UUID siteId, long row) {}
}
