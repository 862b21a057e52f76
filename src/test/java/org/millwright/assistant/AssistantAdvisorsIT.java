package org.millwright.assistant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.millwright.assistant.internal.analysis.MaintenanceAnalysis;
import org.millwright.assistant.internal.analysis.MaintenanceAnalysis.Fact;
import org.millwright.assistant.internal.analysis.MaintenanceAnalyst;
import org.millwright.assistant.internal.parts.PartRecommendation;
import org.millwright.assistant.internal.parts.PartsAdvisor;
import org.millwright.platform.error.NotFoundException;
import org.millwright.platform.tenancy.TenantContext;
import org.millwright.support.IntegrationTest;

/**
 * Spare-part recommendations and maintenance analyses on the demo plant (loaded at first start):
 * its five parts, twelve history records and four open work orders.
 */
class AssistantAdvisorsIT extends IntegrationTest {

    @Test
    void partsDescribedByWhatTheyDoAreRecommendedFirstInEnglishAndSpanish() {
        UUID demo = demoTenant();
        PartsAdvisor advisor = bean(PartsAdvisor.class);

        assertThat(first(demo, "the compressor sucks in dusty air", null, null))
                .as("the intake air filter, described in Spanish in the catalogue")
                .isEqualTo("FA-1250-C");
        assertThat(first(demo, "the conveyor drive slips", null, null)).isEqualTo("CT-B-1650");
        assertThat(first(demo, "el compresor aspira aire con polvo", null, null))
                .isEqualTo("FA-1250-C");
        assertThat(first(demo, "el motor hace ruido en el lado acople, qué pieza cambio", null, null))
                .as("the bearing")
                .isEqualTo("6309-2Z-C3");

        List<PartRecommendation> named =
                TenantContext.call(demo, () -> advisor.recommend("¿queda stock del ms-45-bq1?", null, null, 3));
        assertThat(named.getFirst().part().partNumber()).isEqualTo("MS-45-BQ1");
        assertThat(named.getFirst().exactPartNumber()).isTrue();
        assertThat(named.getFirst().part().stock()).isNotEmpty();

        PartRecommendation seal = TenantContext.call(
                        demo, () -> advisor.recommend("sello mecánico con fuga", pump(demo), null, 5))
                .getFirst();
        assertThat(seal.part().partNumber()).isEqualTo("MS-45-BQ1");
        assertThat(seal.matchedWords()).contains("sello", "mecanico");
        assertThat(seal.fits()).isTrue();
        assertThat(seal.similarity()).isNotZero();

        assertThat(TenantContext.call(demo, () -> advisor.recommend("the conveyor drive slips", pump(demo), null, 5)))
                .extracting(r -> r.part().partNumber())
                .as("a belt for conveyors, fans and mixers is no answer for a pump")
                .doesNotContain("CT-B-1650");
        assertThat(TenantContext.call(demo, () -> advisor.recommend("  ", null, null, 5)))
                .isEmpty();
        assertThat(TenantContext.call(UUID.randomUUID(), () -> advisor.recommend("sello", null, null, 5)))
                .as("another tenant's catalogue")
                .isEmpty();
    }

    @Test
    void aMachinesAnalysisCitesItsKpisOpenWorkOrdersAndFailures() {
        UUID demo = demoTenant();
        UUID pump = pump(demo);
        MaintenanceAnalyst analyst = bean(MaintenanceAnalyst.class);

        MaintenanceAnalysis year = TenantContext.call(
                demo, () -> analyst.analyse("¿Cómo ha funcionado la bomba P-101?", "es", pump, null));
        assertThat(year.language()).isEqualTo("es");
        assertThat(year.periodNamed()).isFalse();
        assertThat(year.zone()).isEqualTo("America/Santiago");
        assertThat(year.text())
                .startsWith("Mantenimiento de LAM-P-101 (Bomba de agua de proceso P-101)")
                .contains("Fallas: 2; detención: 8,5 h.")
                .contains("475.600 (232.600 repuestos, 243.000 mano de obra)")
                .contains("Vibración en aumento en bomba P-101", "prioridad alta");
        assertThat(kinds(year)).contains("kpi", "failure-mode", "work-order", "failure");
        Fact workOrder = of(year, "work-order");
        assertThat(workOrder.source()).startsWith("OT-");
        assertThat(workOrder.refId()).isNotNull();
        assertThat(year.facts().stream().filter(f -> f.kind().equals("failure")))
                .as("the two failures of the year, newest first")
                .hasSize(2)
                .first()
                .satisfies(f -> assertThat(f.text()).contains("Vibración (VIB)", "desalineamiento"));
        assertThat(of(year, "kpi").source()).startsWith("KPI failures ");

        MaintenanceAnalysis recent = TenantContext.call(
                demo, () -> analyst.analyse("How did pump P-101 do over the last 100 days?", "en", pump, null));
        assertThat(recent.periodNamed()).isTrue();
        assertThat(recent.text()).contains("Failures: 1; downtime: 3.5 h.", "MTTR");
        assertThat(recent.facts().stream().filter(f -> f.kind().equals("failure")))
                .hasSize(1);

        MaintenanceAnalysis lastMonth =
                TenantContext.call(demo, () -> analyst.analyse("¿fallas del último mes?", "es", pump, null));
        assertThat(lastMonth.text()).contains("Fallas: 0;", "ninguna falla en el período");
        assertThat(lastMonth.facts()).noneMatch(f -> f.kind().equals("failure"));

        assertThatThrownBy(
                        () -> TenantContext.call(demo, () -> analyst.analyse("MTBF?", "en", UUID.randomUUID(), null)))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void aPlantsAnalysisNamesItsWorstMachines() {
        UUID demo = demoTenant();
        MaintenanceAnalyst analyst = bean(MaintenanceAnalyst.class);

        MaintenanceAnalysis all =
                TenantContext.call(demo, () -> analyst.analyse("How is maintenance going?", "en", null, null));
        assertThat(all.text()).startsWith("Maintenance of every site").contains("Failures: 9;");
        assertThat(all.facts().stream().filter(f -> f.kind().equals("asset")))
                .hasSize(3)
                .first()
                .satisfies(f -> assertThat(f.text()).contains("LAM-C-201"));
        assertThat(of(all, "kpi").text()).isEqualTo("Failures: 9; downtime: 48.4 h.");

        UUID lampa =
                jdbc().queryForObject("select id from sites where tenant_id = ? and code = 'LAM'", UUID.class, demo);
        MaintenanceAnalysis site =
                TenantContext.call(demo, () -> analyst.analyse("¿Cuántas fallas hubo en 2026?", "es", null, lampa));
        assertThat(site.text()).startsWith("Mantenimiento de la planta Planta Lampa");
        assertThat(site.periodNamed()).isTrue();
    }

    @Test
    void askingWithTheseTypesAnswersFromTheCatalogueAndTheRecordsThroughTheApi() {
        UUID demo = demoTenant();
        var api = platformAdmin().withHeader("X-Tenant-Id", demo.toString());

        var parts = api.post(
                "/api/v1/assistant/ask",
                java.util.Map.of("question", "el compresor aspira aire con polvo", "type", "PARTS_RECOMMENDATION"));
        assertThat(parts.status()).as(parts.toString()).isEqualTo(200);
        assertThat(parts.json().get("mode").asString()).isEqualTo("extractive");
        assertThat(parts.json().get("notCovered").asBoolean()).isFalse();
        assertThat(parts.json().get("answer").asString())
                .startsWith("Repuestos del catálogo que corresponden:")
                .contains("FA-1250-C");

        var analysis = api.post(
                "/api/v1/assistant/ask",
                java.util.Map.of(
                        "question",
                        "¿Cómo ha funcionado esta bomba?",
                        "type",
                        "MAINTENANCE_ANALYSIS",
                        "assetId",
                        pump(demo).toString()));
        assertThat(analysis.status()).as(analysis.toString()).isEqualTo(200);
        assertThat(analysis.json().get("answer").asString())
                .startsWith("Según los registros de mantenimiento de la planta:")
                .contains("Fallas: 2; detención: 8,5 h.");
        assertThat(analysis.json().get("assistantType").asString()).isEqualTo("MAINTENANCE_ANALYSIS");
    }

    private String first(UUID tenant, String question, UUID assetId, String assetType) {
        List<PartRecommendation> found =
                TenantContext.call(tenant, () -> bean(PartsAdvisor.class).recommend(question, assetId, assetType, 3));
        assertThat(found).as(question).isNotEmpty();
        return found.getFirst().part().partNumber();
    }

    private UUID demoTenant() {
        return jdbc().queryForObject("select tenant_id from spare_parts where part_number = 'MS-45-BQ1'", UUID.class);
    }

    private UUID pump(UUID tenant) {
        return jdbc().queryForObject(
                        "select id from assets where tenant_id = ? and code = 'LAM-P-101'", UUID.class, tenant);
    }

    private static List<String> kinds(MaintenanceAnalysis a) {
        return a.facts().stream().map(Fact::kind).distinct().toList();
    }

    private static Fact of(MaintenanceAnalysis a, String kind) {
        return a.facts().stream().filter(f -> f.kind().equals(kind)).findFirst().orElseThrow();
    }
}
