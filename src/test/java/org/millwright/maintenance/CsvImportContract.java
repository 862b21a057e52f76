package org.millwright.maintenance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.millwright.maintenance.MaintenanceFixtures.area;
import static org.millwright.maintenance.MaintenanceFixtures.asset;
import static org.millwright.maintenance.MaintenanceFixtures.importCsv;
import static org.millwright.maintenance.MaintenanceFixtures.site;
import static org.millwright.maintenance.MaintenanceFixtures.withRole;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.millwright.support.Api;
import org.millwright.support.TestTenants;
import org.millwright.support.TestTenants.Tenant;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * CSV import and export of assets and maintenance history, run once on H2 and once on PostgreSQL.
 * The test servers limit imports to 1 MB and 3,000 rows.
 */
public interface CsvImportContract {

    int MAX_ROWS = 3000;

    Api platformAdmin();

    Api anonymousClient();

    JdbcTemplate jdbc();

    @Test
    default void aValidAssetFileInSpanishWithSemicolonsAndABomCommitsInOneGo() {
        Tenant t = TestTenants.create(platformAdmin(), anonymousClient(), "AssetImport");
        Api api = t.admin();
        UUID area = area(api, t.siteId(), "UTIL");
        String csv =
                "\uFEFFcódigo;nombre;planta;área;padre;tipo;criticidad;estado;fabricante;fecha_instalación;descripción\r\n"
                        + "p-101;Bomba de agua;P1;UTIL;;pump;a;;KSB;2019-05-02;\"Bomba; principal\"\r\n"
                        + "\r\n"
                        + "M-101;Motor de P-101;p1;util;P-101;motor;A;down;WEG;;\r\n"
                        + "C-201;Compresor;P1;;;compressor;B;operational;;;\r\n";
        var dry = importCsv(api, "assets", csv, true);
        assertThat(dry.status()).as(dry.toString()).isEqualTo(200);
        assertThat(dry.json().get("committed").asBoolean()).isFalse();
        assertThat(dry.json().get("rowsNew").asInt()).isEqualTo(3);
        assertThat(assetCount(t)).as("a dry run writes nothing").isZero();

        var done = importCsv(api, "assets", csv, false);
        assertThat(done.status()).as(done.toString()).isEqualTo(200);
        JsonNode report = done.json();
        assertThat(report.get("rowsRead").asInt()).isEqualTo(3);
        assertThat(report.get("rowsValid").asInt()).isEqualTo(3);
        assertThat(report.get("committed").asBoolean()).isTrue();
        assertThat(report.get("errorCount").asInt()).isZero();
        assertThat(assetCount(t)).isEqualTo(3);

        JsonNode pump =
                only(api.get("/api/v1/maintenance/assets?q=P-101&type=pump").json());
        JsonNode motor = only(api.get("/api/v1/maintenance/assets?type=motor").json());
        assertThat(pump.get("areaId").asString()).isEqualTo(area.toString());
        assertThat(pump.get("installDate").asString()).isEqualTo("2019-05-02");
        assertThat(pump.get("status").asString()).isEqualTo("operational");
        assertThat(motor.get("parentId").asString()).isEqualTo(pump.get("id").asString());
        assertThat(motor.get("status").asString()).isEqualTo("down");
        assertThat(api.get("/api/v1/maintenance/assets/" + pump.get("id").asString())
                        .json()
                        .get("description")
                        .asString())
                .isEqualTo("Bomba; principal");
        assertThat(api.get("/api/v1/admin/audit?action=assets.imported")
                        .json()
                        .get("totalItems")
                        .asInt())
                .isEqualTo(1);
    }

    @Test
    default void anAssetFileWithErrorsReportsEveryProblemAndWritesNothing() {
        Tenant t = TestTenants.create(platformAdmin(), anonymousClient(), "AssetErrors");
        Api api = t.admin();
        asset(api, t.siteId(), "TAKEN");
        int before = assetCount(t);
        String csv = "code,name,site,area,parent,type,criticality,install_date\n"
                + "A-1,Fine,P1,,,pump,A,2020-01-01\n" // row 2: valid
                + "A-2,Bad date,P1,,,pump,A,2020-02-30\n" // row 3
                + "A-1,Twice,P1,,,pump,A,\n" // row 4: duplicate in file
                + "TAKEN,Exists,P1,,,pump,A,\n" // row 5: exists already
                + "A-3,Bad crit,P1,,,pump,Z,\n" // row 6
                + "A-4,Nowhere,P9,,,pump,A,\n" // row 7: unknown site
                + "A-5,Orphan,P1,,A-99,pump,A,\n" // row 8: unknown parent
                + "A-6,Late parent,P1,,A-7,pump,A,\n" // row 9: parent comes later
                + "A-7,Rocket,P1,NOAREA,,rocket,A,\n"; // row 10: unknown area and type
        var response = importCsv(api.spanish(), "assets", csv, false);
        assertThat(response.status()).as(response.toString()).isEqualTo(422);
        JsonNode report = response.json().get("report");
        assertThat(report.get("committed").asBoolean()).isFalse();
        assertThat(report.get("rowsRead").asInt()).isEqualTo(9);
        assertThat(report.get("rowsValid").asInt()).isEqualTo(1);
        assertThat(problems(report))
                .containsExactly(
                        tuple(3, "install_date"),
                        tuple(4, "code"),
                        tuple(5, "code"),
                        tuple(6, "criticality"),
                        tuple(7, "site"),
                        tuple(8, "parent"),
                        tuple(9, "parent"),
                        tuple(10, "area"),
                        tuple(10, "type"));
        assertThat(report.get("errorCount").asInt()).isEqualTo(9);
        assertThat(report.get("errors").get(1).get("problem").asString())
                .as("in the caller's language")
                .isEqualTo("A-1 ya aparece en la fila 2.");
        assertThat(response.json().get("detail").asString()).contains("9 problemas");
        assertThat(assetCount(t)).isEqualTo(before);
    }

    @Test
    default void aMissingColumnIsReportedOnceAndNoRowIsChecked() {
        Tenant t = TestTenants.create(platformAdmin(), anonymousClient(), "Missing");
        var response = importCsv(t.admin(), "assets", "code,name,site,type,colour\nX,x,P1,pump,red\n", false);
        assertThat(response.status()).isEqualTo(422);
        JsonNode report = response.json().get("report");
        assertThat(problems(report)).containsExactly(tuple(1, "colour"), tuple(1, "criticality"));
        assertThat(report.get("rowsRead").asInt()).isEqualTo(1);
        assertThat(report.get("rowsValid").asInt()).isZero();
        assertThat(assetCount(t)).isZero();
    }

    @Test
    default void aValidHistoryFileCommitsAndReimportingItAddsNothing() {
        Tenant t = TestTenants.create(platformAdmin(), anonymousClient(), "HistoryImport");
        Api api = t.admin();
        asset(api, t.siteId(), "P-101");
        asset(api, t.siteId(), "C-201");
        String csv = "external_ref,asset,work_type,started_at,finished_at,description,failure_mode,failure_cause,"
                + "remedy,downtime_minutes,labour_hours,parts_cost,labour_cost\n"
                + "OT-1,P-101,corrective,2024-03-14T08:30,2024-03-14T12:00,\"Sello, cambiado\",elp,wear,replace,210,3.5,120.50,80\n"
                + "OT-2,c-201,preventivo,,2024-04-01,Cambio de aceite,,,lubricate,,1,,\n"
                + ",P-101,inspection,,2024-05-02 09:15,,,,,0,,,\n";
        var dry = importCsv(api, "history", csv, true);
        assertThat(dry.status()).as(dry.toString()).isEqualTo(200);
        assertThat(recordCount(t)).isZero();

        var done = importCsv(api, "history", csv, false);
        assertThat(done.status()).as(done.toString()).isEqualTo(200);
        assertThat(done.json().get("rowsNew").asInt()).isEqualTo(3);
        assertThat(recordCount(t)).isEqualTo(3);
        JsonNode first = api.get("/api/v1/maintenance/history?failureMode=ELP")
                .json()
                .get("items")
                .get(0);
        assertThat(first.get("source").asString()).isEqualTo("import");
        assertThat(first.get("startedAt").asString())
                .as("read in the plant's zone (America/Santiago, UTC-3 in March 2024)")
                .isEqualTo("2024-03-14T11:30:00Z");
        assertThat(first.get("finishedAt").asString()).isEqualTo("2024-03-14T15:00:00Z");
        assertThat(first.get("description").asString()).isEqualTo("Sello, cambiado");
        assertThat(first.get("failureCause").asString()).isEqualTo("WEAR");
        assertThat(first.get("remedy").asString()).isEqualTo("REPLACE");
        assertThat(first.get("downtimeMinutes").asInt()).isEqualTo(210);
        assertThat(first.get("partsCost").decimalValue()).isEqualByComparingTo("120.50");
        assertThat(first.get("labourCost").decimalValue()).isEqualByComparingTo("80");
        assertThat(first.get("externalRef").asString()).isEqualTo("OT-1");
        assertThat(api.get("/api/v1/maintenance/history?type=preventive")
                        .json()
                        .get("totalItems")
                        .asInt())
                .isEqualTo(1);

        var again = importCsv(api, "history", csv.substring(0, csv.lastIndexOf(",P-101")), false);
        assertThat(again.status()).as(again.toString()).isEqualTo(200);
        assertThat(again.json().get("rowsSkipped").asInt()).isEqualTo(2);
        assertThat(again.json().get("rowsNew").asInt()).isZero();
        assertThat(again.json().get("skipped").get(0).get("row").asInt()).isEqualTo(2);
        assertThat(recordCount(t))
                .as("the same references are not imported twice")
                .isEqualTo(3);
        var more = importCsv(
                api,
                "history",
                "external_ref,asset,work_type,finished_at\nOT-1,P-101,corrective,2024-03-14\nOT-3,P-101,corrective,2024-06-01\n",
                false);
        assertThat(more.json().get("rowsNew").asInt()).isEqualTo(1);
        assertThat(recordCount(t)).isEqualTo(4);
    }

    @Test
    default void aHistoryFileWithErrorsReportsEveryProblemAndWritesNothing() {
        Tenant t = TestTenants.create(platformAdmin(), anonymousClient(), "HistoryErrors");
        var other = TestTenants.create(platformAdmin(), anonymousClient(), "HistoryOther");
        Api api = t.admin();
        asset(api, t.siteId(), "P-101");
        String foreign = "F-" + MaintenanceFixtures.unique();
        asset(other.admin(), other.siteId(), foreign);
        api.patch("/api/v1/maintenance/failure-codes/mode/NOI", Map.of("active", false));
        String csv =
                "external_ref;asset;work_type;started_at;finished_at;failure_mode;failure_cause;parts_cost;labour_hours\n"
                        + "R-1;P-101;corrective;;2024-01-01;VIB;;;\n" // row 2: valid
                        + "R-2;P-101;corrective;;2024-13-01;;;;\n" // row 3: bad date
                        + "R-3;NOPE;corrective;;2024-01-01;;;;\n" // row 4: unknown asset
                        + "R-4;" + foreign + ";corrective;;2024-01-01;;;;\n" // row 5: another tenant's asset
                        + "R-5;P-101;corrective;;2024-01-01;NOI;GREMLINS;;\n" // row 6: inactive mode, unknown cause
                        + "R-6;P-101;repair;2024-01-02;2024-01-01;;;-5;1,5\n" // row 7: type, start, cost, hours
                        + "R-1;P-101;corrective;;2099-01-01;;;;\n" // row 8: duplicate ref, future
                        + "R-8;P-101;;;;;;;\n"; // row 9: missing type and finish
        int before = recordCount(t);
        var response = importCsv(api, "history", csv, false);
        assertThat(response.status()).as(response.toString()).isEqualTo(422);
        JsonNode report = response.json().get("report");
        assertThat(problems(report))
                .containsExactly(
                        tuple(3, "finished_at"),
                        tuple(4, "asset"),
                        tuple(5, "asset"),
                        tuple(6, "failure_mode"),
                        tuple(6, "failure_cause"),
                        tuple(7, "work_type"),
                        tuple(7, "started_at"),
                        tuple(7, "labour_hours"),
                        tuple(7, "parts_cost"),
                        tuple(8, "external_ref"),
                        tuple(8, "finished_at"),
                        tuple(9, "work_type"),
                        tuple(9, "finished_at"));
        assertThat(report.get("errors").get(3).get("problem").asString())
                .isEqualTo("The failure mode code NOI is deactivated.");
        assertThat(recordCount(t)).isEqualTo(before);
        assertThat(recordCount(other)).isZero();
    }

    @Test
    default void limitsEncodingAndShapeAreChecked() {
        Tenant t = TestTenants.create(platformAdmin(), anonymousClient(), "Limits");
        Api api = t.admin();
        asset(api, t.siteId(), "P-1");
        StringBuilder many = new StringBuilder("asset,work_type,finished_at\n");
        for (int i = 0; i <= MAX_ROWS; i++) {
            many.append("P-1,inspection,2024-01-01\n");
        }
        var tooMany = importCsv(api, "history", many.toString(), false);
        assertThat(tooMany.status()).as(tooMany.toString()).isEqualTo(422);
        assertThat(tooMany.json().get("detail").asString()).contains(Integer.toString(MAX_ROWS));

        byte[] big = new byte[1024 * 1024 + 1];
        java.util.Arrays.fill(big, (byte) 'a');
        assertThat(importCsv(api, "history", big, false).status()).isEqualTo(413);
        assertThat(importCsv(api, "history", "", false).status()).isEqualTo(422);
        assertThat(importCsv(
                                api,
                                "history",
                                "asset,work_type,finished_at,description\nP-1,inspection,2024-01-01,Presión\n"
                                        .getBytes(StandardCharsets.ISO_8859_1),
                                false)
                        .status())
                .isEqualTo(422);
        var unclosed = importCsv(
                api, "history", "asset,work_type,finished_at,description\nP-1,inspection,2024-01-01,\"open\n", false);
        assertThat(unclosed.status()).as(unclosed.toString()).isEqualTo(422);
        assertThat(api.upload("/api/v1/maintenance/imports/history", "other", Map.of("x.csv", new byte[1]), Map.of())
                        .status())
                .as("no part named file")
                .isEqualTo(400);
        assertThat(importCsv(withRole(t, anonymousClient(), "TECHNICIAN"), "history", "asset\n", false)
                        .status())
                .isEqualTo(403);
        assertThat(recordCount(t)).isZero();

        StringBuilder exactly = new StringBuilder("external_ref,asset,work_type,finished_at\n");
        for (int i = 0; i < MAX_ROWS; i++) {
            exactly.append("R-").append(i).append(",P-1,inspection,2024-01-01\n");
        }
        var atLimit = importCsv(api, "history", exactly.toString(), false);
        assertThat(atLimit.status()).as(atLimit.toString()).isEqualTo(200);
        assertThat(recordCount(t)).isEqualTo(MAX_ROWS);
        var again = importCsv(api, "history", exactly.toString(), false);
        assertThat(again.json().get("rowsSkipped").asInt())
                .as("thousands of references are looked up in one pass")
                .isEqualTo(MAX_ROWS);
        assertThat(again.json().get("skipped").size()).as("listed up to 1,000").isEqualTo(1000);
        assertThat(recordCount(t)).isEqualTo(MAX_ROWS);
    }

    @Test
    default void anExportImportsIntoAnotherTenantAndExportsTheSame() {
        Tenant a = TestTenants.create(platformAdmin(), anonymousClient(), "ExportA");
        Tenant b = TestTenants.create(platformAdmin(), anonymousClient(), "ExportB");
        for (Tenant t : List.of(a, b)) {
            area(t.admin(), t.siteId(), "LINE-1");
            site(t.admin(), "P2", "Europe/Madrid");
        }
        String assets = "code,name,site,area,parent,type,criticality,status,manufacturer,model,serial_number,"
                + "install_date,description\n"
                + "Z-1,Zeta \"uno\",P1,LINE-1,,conveyor,C,operational,,,,,\n"
                + "A-1,Alfa,P2,,,pump,A,operational,KSB,Etanorm,SN-1,2018-01-01,\"multi\nline\"\n"
                + "A-2,Alfa motor,P2,,A-1,motor,B,retired,,,,,\n";
        assertThat(importCsv(a.admin(), "assets", assets, false).status()).isEqualTo(200);
        String history = "external_ref,asset,work_type,started_at,finished_at,description,failure_mode,"
                + "failure_cause,remedy,downtime_minutes,labour_hours,parts_cost,labour_cost\n"
                + "H-1,A-1,corrective,2024-07-01T10:00,2024-07-01T12:30:15,Fuga,ELP,WEAR,REPLACE,150,2.25,99.90,40\n"
                + ",Z-1,inspection,,2024-08-01,,,,,,,,\n"
                + "H-3,A-2,preventive,,2024-02-01T06:00,,,,LUBRICATE,,0.5,,\n";
        assertThat(importCsv(a.admin(), "history", history, false).status()).isEqualTo(200);

        var assetsA = a.admin().get("/api/v1/maintenance/exports/assets.csv");
        assertThat(assetsA.status()).isEqualTo(200);
        assertThat(assetsA.header("Content-Type")).startsWith("text/csv");
        assertThat(assetsA.header("Content-Disposition")).contains("assets.csv");
        List<String> lines = assetsA.text().lines().toList();
        assertThat(lines.getFirst()).isEqualTo(assets.lines().findFirst().orElseThrow());
        assertThat(assetsA.text().indexOf("A-1,"))
                .as("a parent before its component")
                .isLessThan(assetsA.text().indexOf("A-2,"));
        var historyA = a.admin().get("/api/v1/maintenance/exports/history.csv");
        assertThat(historyA.text())
                .startsWith(history.lines().findFirst().orElseThrow())
                .contains(
                        "H-1,A-1,corrective,2024-07-01T10:00,2024-07-01T12:30:15,Fuga,ELP,WEAR,REPLACE,150,2.25,99.90,40.00");

        var intoB = importCsv(b.admin(), "assets", assetsA.bytes(), false);
        assertThat(intoB.status()).as(intoB.toString()).isEqualTo(200);
        var historyIntoB = importCsv(b.admin(), "history", historyA.bytes(), false);
        assertThat(historyIntoB.status()).as(historyIntoB.toString()).isEqualTo(200);
        assertThat(b.admin().get("/api/v1/maintenance/exports/assets.csv").text())
                .isEqualTo(assetsA.text());
        assertThat(b.admin().get("/api/v1/maintenance/exports/history.csv").text())
                .isEqualTo(historyA.text());

        UUID p2 = siteId(a, "P2");
        String filtered = a.admin()
                .get("/api/v1/maintenance/exports/history.csv?siteId=" + p2 + "&from=2024-06-01&to=2024-07-01")
                .text();
        assertThat(filtered.lines().toList()).hasSize(2).last().asString().startsWith("H-1,");
        assertThat(a.admin()
                        .get("/api/v1/maintenance/exports/history.csv?from=2024-01-01&to=2024-07-31")
                        .text()
                        .lines())
                .hasSize(3);
        assertThat(a.admin()
                        .get("/api/v1/maintenance/exports/history.csv?from=soon")
                        .status())
                .isEqualTo(400);
        assertThat(b.admin()
                        .get("/api/v1/maintenance/exports/history.csv?siteId=" + p2)
                        .status())
                .as("another tenant's site")
                .isEqualTo(404);
        assertThat(withRole(a, anonymousClient(), "OPERATOR")
                        .get("/api/v1/maintenance/exports/assets.csv")
                        .status())
                .isEqualTo(403);
    }

    private UUID siteId(Tenant t, String code) {
        for (JsonNode s : t.admin().get("/api/v1/sites").json().get("items")) {
            if (s.get("code").asString().equals(code)) {
                return TestTenants.id(s);
            }
        }
        throw new AssertionError("no site " + code);
    }

    private static List<org.assertj.core.groups.Tuple> problems(JsonNode report) {
        List<org.assertj.core.groups.Tuple> found = new ArrayList<>();
        report.get("errors")
                .forEach(e ->
                        found.add(tuple(e.get("row").asInt(), e.get("column").asString())));
        return found;
    }

    private static JsonNode only(JsonNode page) {
        assertThat(page.get("totalItems").asInt()).isEqualTo(1);
        return page.get("items").get(0);
    }

    private int assetCount(Tenant t) {
        return jdbc().queryForObject("select count(*) from assets where tenant_id = ?", Integer.class, t.id());
    }

    private int recordCount(Tenant t) {
        return jdbc().queryForObject(
                        "select count(*) from maintenance_records where tenant_id = ?", Integer.class, t.id());
    }
}
