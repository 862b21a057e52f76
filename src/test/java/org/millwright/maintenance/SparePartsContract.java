package org.millwright.maintenance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.millwright.maintenance.internal.parts.PartsInventory;
import org.millwright.platform.PlatformStorageContract;
import org.millwright.platform.error.UnprocessableException;
import org.millwright.platform.tenancy.TenantContext;
import org.millwright.support.Api;
import org.millwright.support.TestTenants;
import org.millwright.support.TestTenants.Tenant;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.context.event.ApplicationEventMulticaster;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import tools.jackson.databind.JsonNode;

/** Spare parts: catalogue, search, stock, movements and low-stock events, on H2 and PostgreSQL. */
public interface SparePartsContract {

    String PARTS = "/api/v1/maintenance/parts";

    Api platformAdmin();

    Api anonymousClient();

    JdbcTemplate jdbc();

    <T> T bean(Class<T> type);

    @Test
    default void catalogueNormalisesPartsAndRefusesDuplicatesAndBadInput() {
        Tenant t = TestTenants.create(platformAdmin(), anonymousClient(), "Parts");
        Api api = t.admin();
        var fields = part(" brg-6205-2rs ", "Rodamiento rígido de bolas", "pcs");
        fields.putAll(Map.of(
                "manufacturer", "SKF",
                "manufacturerPartNumber", "6205-2RSH",
                "unitCost", 12.5,
                "currency", "usd",
                "assetTypes", List.of("Pump", "motor", "pump")));
        JsonNode created = created(api.post(PARTS, fields));
        assertThat(created.get("partNumber").asString()).isEqualTo("BRG-6205-2RS");
        assertThat(created.get("currency").asString()).isEqualTo("USD");
        assertThat(created.get("unit").asString()).isEqualTo("pcs");
        assertThat(created.get("active").asBoolean()).isTrue();
        assertThat(created.get("assetTypes").toString()).isEqualTo("[\"motor\",\"pump\"]");
        assertThat(created.get("stock").size()).isZero();
        String id = created.get("id").asString();

        fields.put("description", "Rodamiento 6205 sellado");
        fields.put("active", false);
        var updated = api.put(PARTS + "/" + id, fields);
        assertThat(updated.status()).as(updated.toString()).isEqualTo(200);
        assertThat(updated.json().get("active").asBoolean()).isFalse();
        assertThat(api.get(PARTS + "/" + id).json().get("description").asString())
                .isEqualTo("Rodamiento 6205 sellado");

        var duplicate = api.spanish().post(PARTS, part("BRG-6205-2rs", "Otro", "pcs"));
        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(duplicate.json().get("detail").asString()).contains("Ya existe un repuesto", "BRG-6205-2RS");
        String other = created(api.post(PARTS, part("BRG-OTHER", "Otro", "pcs")))
                .get("id")
                .asString();
        var renamedOntoTaken = part("brg-6205-2rs", "Otro", "pcs");
        assertThat(api.put(PARTS + "/" + other, renamedOntoTaken).status()).isEqualTo(409);
        Tenant second = TestTenants.create(platformAdmin(), anonymousClient(), "Parts2");
        assertThat(second.admin().post(PARTS, part("BRG-6205-2RS", "x", "pcs")).status())
                .as("part numbers are unique per tenant, not across tenants")
                .isEqualTo(201);

        int before = count(t, "spare_parts");
        assertThat(List.of(
                        status(api, with(part("X-1", "x", "pcs"), "assetTypes", List.of("rocket"))),
                        status(api, with(part("X-1", "x", "furlong"), "active", true)),
                        status(api, with(part("X-1", "x", "pcs"), "unitCost", 3)),
                        status(api, with(with(part("X-1", "x", "pcs"), "unitCost", 3), "currency", "XYZ")),
                        status(api, with(with(part("X-1", "x", "pcs"), "unitCost", -1), "currency", "USD")),
                        status(api, with(with(part("X-1", "x", "pcs"), "unitCost", 1.23456), "currency", "USD")),
                        status(api, with(part("X-1", "x", "pcs"), "assetIds", List.of(UUID.randomUUID()))),
                        status(api, part("bad number", "x", "pcs")),
                        status(api, part("X-1", " ", "pcs"))))
                .containsOnly(400);
        assertThat(api.spanish()
                        .post(PARTS, with(part("X-1", "x", "pcs"), "assetTypes", List.of("rocket")))
                        .json()
                        .get("detail")
                        .asString())
                .contains("no es un tipo de activo conocido");
        assertThat(count(t, "spare_parts")).isEqualTo(before);

        assertThat(api.delete(PARTS + "/" + other).status()).isEqualTo(204);
        assertThat(api.get(PARTS + "/" + other).status()).isEqualTo(404);
        receive(api, id, t.siteId(), 1);
        var withHistory = api.delete(PARTS + "/" + id);
        assertThat(withHistory.status()).as(withHistory.toString()).isEqualTo(409);
        assertThat(withHistory.json().get("detail").asString()).contains("deactivate");
        assertThat(api.get(PARTS + "/" + UUID.randomUUID()).status()).isEqualTo(404);
    }

    @Test
    default void searchIgnoresCaseAndAccentsAndPutsAnExactPartNumberFirst() {
        Tenant t = TestTenants.create(platformAdmin(), anonymousClient(), "Search");
        Api api = t.admin();
        created(api.post(PARTS, part("BRG-6205", "Rodamiento rígido de bolas", "pcs")));
        created(api.post(PARTS, with(part("6205", "Rodamiento 6205 genérico", "pcs"), "manufacturer", "FAG")));
        created(api.post(PARTS, part("SEAL-35", "Sello mecánico 35 mm", "pcs")));
        created(api.post(
                PARTS, with(part("GSK-100", "Mechanical seal gasket", "pcs"), "manufacturerPartNumber", "ms-100")));
        created(api.post(PARTS, part("OIL-ISO68", "Aceite hidráulico ISO VG 68", "l")));
        created(api.post(PARTS, part("KIT-1", "Kit de montaje para SEAL-35", "set")));

        assertThat(numbers(api, "?q=rodamiento")).containsExactly("6205", "BRG-6205");
        assertThat(numbers(api, "?q=RODAMIENTO")).containsExactly("6205", "BRG-6205");
        assertThat(numbers(api, "?q=sello")).containsExactly("SEAL-35");
        assertThat(numbers(api, "?q=mecanico")).containsExactly("SEAL-35");
        assertThat(numbers(api, "?q=MEC%C3%81NICO%20sello")).containsExactly("SEAL-35");
        assertThat(numbers(api, "?q=hidraulico")).containsExactly("OIL-ISO68");
        assertThat(numbers(api, "?q=seal"))
                .as("a part-number prefix first")
                .containsExactly("SEAL-35", "GSK-100", "KIT-1");
        assertThat(numbers(api, "?q=seal-35")).as("the exact part number first").containsExactly("SEAL-35", "KIT-1");
        assertThat(numbers(api, "?q=6205")).containsExactly("6205", "BRG-6205");
        assertThat(numbers(api, "?q=brg-6205")).containsExactly("BRG-6205");
        assertThat(numbers(api, "?q=brg6205")).as("separators ignored").containsExactly("BRG-6205");
        assertThat(numbers(api, "?q=MS-100")).as("manufacturer number").containsExactly("GSK-100");
        assertThat(numbers(api, "?q=fag")).containsExactly("6205");
        assertThat(numbers(api, "?q=100%25")).isEmpty();
        assertThat(numbers(api, "?q=rodamiento%20sello")).isEmpty();
        assertThat(numbers(api, "")).hasSize(6);
        assertThat(api.get(PARTS + "?page=-1").status()).isEqualTo(400);
        assertThat(api.get(PARTS + "?q=" + "x".repeat(201)).status()).isEqualTo(400);
    }

    @Test
    default void partsAreFoundByTheAssetTypesAndAssetsTheyFit() {
        Tenant t = TestTenants.create(platformAdmin(), anonymousClient(), "Fits");
        Api api = t.admin();
        String pump = asset(api, t, "P-1", "pump");
        String motor = asset(api, t, "M-1", "motor");
        created(api.post(PARTS, with(part("IMP-1", "Impulsor", "pcs"), "assetTypes", List.of("pump"))));
        created(api.post(PARTS, with(part("BRUSH-1", "Escobillas", "pcs"), "assetIds", List.of(motor))));
        created(api.post(PARTS, with(part("BRG-1", "Rodamiento motor", "pcs"), "assetTypes", List.of("motor"))));
        created(api.post(
                PARTS,
                with(
                        with(part("OLD-1", "Rodamiento antiguo", "pcs"), "assetTypes", List.of("motor")),
                        "active",
                        false)));
        created(api.post(PARTS, part("GEN-1", "Trapo", "pcs")));

        assertThat(numbers(api, "?assetType=pump")).containsExactly("IMP-1");
        assertThat(numbers(api, "?assetType=MOTOR")).containsExactly("BRG-1", "OLD-1");
        assertThat(numbers(api, "?assetType=motor&active=true")).containsExactly("BRG-1");
        assertThat(numbers(api, "?assetId=" + motor))
                .as("parts listed for the asset first, then parts of its type")
                .containsExactly("BRUSH-1", "BRG-1", "OLD-1");
        assertThat(numbers(api, "?assetId=" + pump)).containsExactly("IMP-1");
        assertThat(numbers(api, "?assetId=" + motor + "&q=rodamiento&active=true"))
                .containsExactly("BRG-1");
        assertThat(api.get(PARTS + "?assetType=rocket").status()).isEqualTo(400);
        assertThat(api.get(PARTS + "?assetId=" + UUID.randomUUID()).status()).isEqualTo(400);
        assertThat(api.get(PARTS + "?assetId=nope").status()).isEqualTo(400);

        String brg = id(api, "BRG-1");
        receive(api, brg, t.siteId(), 3);
        assertThat(numbers(api, "?siteId=" + t.siteId())).containsExactly("BRG-1");
        assertThat(api.get(PARTS + "?siteId=" + UUID.randomUUID()).status()).isEqualTo(400);

        PartsCatalogue catalogue = bean(PartsCatalogue.class);
        List<PartSummary> forMotor =
                TenantContext.call(t.id(), () -> catalogue.search(null, null, UUID.fromString(motor), 10));
        assertThat(forMotor).extracting(PartSummary::partNumber).containsExactly("BRUSH-1", "BRG-1");
        PartSummary bearing = forMotor.get(1);
        assertThat(bearing.assetTypes()).containsExactly("motor");
        assertThat(bearing.stock()).singleElement().satisfies(s -> {
            assertThat(s.siteId()).isEqualTo(t.siteId());
            assertThat(s.onHand()).isEqualByComparingTo("3");
        });
        assertThat(TenantContext.call(t.id(), () -> catalogue.search("RODAMIENTO", "motor", null, 1)))
                .extracting(PartSummary::partNumber)
                .containsExactly("BRG-1");
        assertThat(TenantContext.call(UUID.randomUUID(), () -> catalogue.search("rodamiento", null, null, 10)))
                .as("another tenant's catalogue")
                .isEmpty();

        assertThat(api.delete("/api/v1/maintenance/assets/" + motor).status()).isEqualTo(204);
        assertThat(api.get(PARTS + "/" + id(api, "BRUSH-1"))
                        .json()
                        .get("assetIds")
                        .size())
                .as("a deleted asset leaves the parts that fitted it")
                .isZero();
    }

    @Test
    default void theWholeActiveCatalogueIsListedWithVersionsAndPartsAreFoundById() {
        Tenant t = TestTenants.create(platformAdmin(), anonymousClient(), "Listing");
        Api api = t.admin();
        String motor = asset(api, t, "M-1", "motor");
        created(api.post(PARTS, with(part("ZZ-2", "Correa", "pcs"), "assetTypes", List.of("conveyor", "fan"))));
        created(api.post(PARTS, with(part("AA-1", "Rodamiento", "pcs"), "assetIds", List.of(motor))));
        created(api.post(PARTS, with(part("OFF-1", "Retirado", "pcs"), "active", false)));
        PartsCatalogue catalogue = bean(PartsCatalogue.class);

        List<CataloguedPart> all = TenantContext.call(t.id(), () -> catalogue.activeParts(100));
        assertThat(all).extracting(CataloguedPart::partNumber).containsExactly("AA-1", "ZZ-2");
        assertThat(all.get(0).assetIds()).containsExactly(UUID.fromString(motor));
        assertThat(all.get(1).assetTypes()).containsExactly("conveyor", "fan");
        assertThat(TenantContext.call(t.id(), () -> catalogue.activeParts(1))).hasSize(1);
        long before = all.get(1).version();

        String belt = id(api, "ZZ-2");
        assertThat(api.put(
                                PARTS + "/" + belt,
                                with(part("ZZ-2", "Correa dentada", "pcs"), "assetTypes", List.of("fan")))
                        .status())
                .isEqualTo(200);
        CataloguedPart edited =
                TenantContext.call(t.id(), () -> catalogue.activeParts(100)).get(1);
        assertThat(edited.description()).isEqualTo("Correa dentada");
        assertThat(edited.assetTypes()).containsExactly("fan");
        assertThat(edited.version()).as("an edit moves the version").isGreaterThan(before);

        receive(api, belt, t.siteId(), 2);
        UUID off = UUID.fromString(id(api, "OFF-1"));
        List<PartSummary> found = TenantContext.call(
                t.id(), () -> catalogue.find(List.of(UUID.fromString(belt), UUID.randomUUID(), off)));
        assertThat(found).extracting(PartSummary::partNumber).containsExactly("ZZ-2", "OFF-1");
        assertThat(found.getFirst().stock())
                .singleElement()
                .satisfies(s -> assertThat(s.onHand()).isEqualByComparingTo("2"));
        assertThat(TenantContext.call(UUID.randomUUID(), () -> catalogue.activeParts(100)))
                .as("another tenant's catalogue")
                .isEmpty();
        assertThat(TenantContext.call(UUID.randomUUID(), () -> catalogue.find(List.of(off))))
                .as("another tenant's part")
                .isEmpty();
    }

    @Test
    default void movementsKeepOnHandAndTheLedgerAndRefuseWhatWouldGoNegative() {
        Tenant t = TestTenants.create(platformAdmin(), anonymousClient(), "Moves");
        Api admin = t.admin();
        Api technician = key(t, "TECHNICIAN");
        Api supervisor = key(t, "SUPERVISOR");
        String id = created(admin.post(PARTS, part("FLT-1", "Filtro de aceite", "pcs")))
                .get("id")
                .asString();
        String path = PARTS + "/" + id + "/movements";

        JsonNode receipt = created(technician.post(path, movement(t.siteId(), "RECEIPT", 10, null)));
        assertThat(receipt.get("kind").asString()).isEqualTo("receipt");
        assertThat(receipt.get("onHandAfter").asInt()).isEqualTo(10);
        assertThat(receipt.get("actor").asString()).isNotBlank();
        UUID workOrder = UUID.randomUUID();
        var back = with(movement(t.siteId(), "return", 2, null), "workOrderId", workOrder);
        assertThat(created(technician.post(path, back)).get("onHandAfter").asInt())
                .isEqualTo(12);
        assertThat(technician
                        .post(path, movement(t.siteId(), "ADJUSTMENT", -3, "count"))
                        .status())
                .as("adjustments need a supervisor")
                .isEqualTo(403);
        JsonNode adjusted = created(supervisor.post(path, movement(t.siteId(), "ADJUSTMENT", -3, "Conteo cíclico")));
        assertThat(adjusted.get("quantity").asInt()).isEqualTo(-3);
        assertThat(adjusted.get("onHandAfter").asInt()).isEqualTo(9);

        int ledger = count(t, "spare_part_movements");
        var tooMuch = supervisor.spanish().post(path, movement(t.siteId(), "ADJUSTMENT", -10, "rotura"));
        assertThat(tooMuch.status()).as(tooMuch.toString()).isEqualTo(422);
        assertThat(tooMuch.json().get("detail").asString()).contains("FLT-1", "9", "10", "No se cambió nada");
        assertThat(supervisor
                        .post(path, movement(t.siteId(), "ADJUSTMENT", -10, "breakage"))
                        .json()
                        .get("detail")
                        .asString())
                .contains("Not enough FLT-1", "9 pcs on hand", "10 pcs asked for");
        assertThat(List.of(
                        technician
                                .post(path, movement(t.siteId(), "RECEIPT", 0, null))
                                .status(),
                        technician
                                .post(path, movement(t.siteId(), "RECEIPT", -1, null))
                                .status(),
                        technician
                                .post(path, movement(t.siteId(), "RECEIPT", 1.5, null))
                                .status(),
                        technician
                                .post(path, movement(t.siteId(), "RECEIPT", 1e12, null))
                                .status(),
                        technician
                                .post(path, movement(t.siteId(), "CONSUMPTION", 1, null))
                                .status(),
                        technician
                                .post(path, movement(t.siteId(), "THEFT", 1, null))
                                .status(),
                        technician
                                .post(path, movement(UUID.randomUUID(), "RECEIPT", 1, null))
                                .status(),
                        supervisor
                                .post(path, movement(t.siteId(), "ADJUSTMENT", 2, " "))
                                .status(),
                        supervisor
                                .post(path, movement(t.siteId(), "ADJUSTMENT", 0, "zero"))
                                .status()))
                .containsOnly(400);
        assertThat(key(t, "OPERATOR")
                        .post(path, movement(t.siteId(), "RECEIPT", 1, null))
                        .status())
                .isEqualTo(403);
        assertThat(admin.post(PARTS + "/" + UUID.randomUUID() + "/movements", movement(t.siteId(), "RECEIPT", 1, null))
                        .status())
                .isEqualTo(404);
        assertThat(count(t, "spare_part_movements")).isEqualTo(ledger);
        assertThat(stock(admin, id, t.siteId()).get("onHand").asInt()).isEqualTo(9);

        PartsInventory inventory = bean(PartsInventory.class);
        UUID actor = UUID.randomUUID();
        var consumed = TenantContext.call(
                t.id(),
                () -> inventory.consume(t.siteId(), UUID.fromString(id), BigDecimal.valueOf(4), workOrder, actor));
        assertThat(consumed.quantity()).isEqualByComparingTo("-4");
        assertThat(consumed.onHandAfter()).isEqualByComparingTo("5");
        assertThat(consumed.workOrderId()).isEqualTo(workOrder);
        assertThat(consumed.actorId()).isEqualTo(actor);
        assertThatThrownBy(() -> TenantContext.call(
                        t.id(),
                        () -> inventory.consume(
                                t.siteId(), UUID.fromString(id), BigDecimal.valueOf(6), workOrder, actor)))
                .isInstanceOf(UnprocessableException.class);
        assertThat(stock(admin, id, t.siteId()).get("onHand").asInt()).isEqualTo(5);
        var returned = TenantContext.call(
                t.id(),
                () -> inventory.returnToStock(t.siteId(), UUID.fromString(id), BigDecimal.ONE, workOrder, actor));
        assertThat(returned.onHandAfter()).isEqualByComparingTo("6");

        JsonNode page = admin.get(path + "?size=2").json();
        assertThat(page.get("totalItems").asInt()).isEqualTo(5);
        assertThat(page.get("items").get(0).get("kind").asString()).isEqualTo("return");
        assertThat(page.get("items").get(1).get("kind").asString()).isEqualTo("consumption");
        assertThat(page.get("items").get(1).get("workOrderId").asString()).isEqualTo(workOrder.toString());
        assertThat(admin.get(path + "?page=1&size=2").json().get("items").size())
                .isEqualTo(2);
        assertThat(jdbc().queryForObject(
                                "select sum(quantity) from spare_part_movements where part_id = ?",
                                BigDecimal.class,
                                UUID.fromString(id)))
                .as("the ledger adds up to the stock")
                .isEqualByComparingTo("6");

        String oil = created(admin.post(PARTS, part("OIL-1", "Aceite", "l")))
                .get("id")
                .asString();
        var litres =
                created(technician.post(PARTS + "/" + oil + "/movements", movement(t.siteId(), "RECEIPT", 1.25, null)));
        assertThat(litres.get("onHandAfter").asString()).isEqualTo("1.25");
        assertThat(technician
                        .post(PARTS + "/" + oil + "/movements", movement(t.siteId(), "RECEIPT", 0.0001, null))
                        .status())
                .isEqualTo(400);
        receive(technician, oil, t.siteId(), 99_999_999_990L);
        var overflow = technician.post(PARTS + "/" + oil + "/movements", movement(t.siteId(), "RECEIPT", 10, null));
        assertThat(overflow.status()).as(overflow.toString()).isEqualTo(422);
        assertThat(overflow.json().get("detail").asString()).contains("OIL-1", "99999999991.25 l");
        assertThat(stock(admin, oil, t.siteId()).get("onHand").decimalValue()).isEqualByComparingTo("99999999991.25");
    }

    @Test
    default void concurrentConsumptionsNeverSellTheSameUnitTwice() throws Exception {
        Tenant t = TestTenants.create(platformAdmin(), anonymousClient(), "Race");
        Api admin = t.admin();
        UUID id = UUID.fromString(created(admin.post(PARTS, part("BELT-1", "Correa", "pcs")))
                .get("id")
                .asString());
        receive(admin, id.toString(), t.siteId(), 5);
        PartsInventory inventory = bean(PartsInventory.class);
        List<Callable<Boolean>> consumers = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            consumers.add(() -> {
                try {
                    TenantContext.call(
                            t.id(),
                            () -> inventory.consume(
                                    t.siteId(), id, BigDecimal.ONE, UUID.randomUUID(), UUID.randomUUID()));
                    return true;
                } catch (UnprocessableException e) {
                    return false;
                }
            });
        }
        List<Boolean> outcomes = together(consumers);
        assertThat(outcomes.stream().filter(ok -> ok).count()).isEqualTo(5);
        assertThat(stock(admin, id.toString(), t.siteId()).get("onHand").asInt())
                .isZero();
        assertThat(jdbc().queryForObject(
                                "select count(*) from spare_part_movements where part_id = ? and kind = 'CONSUMPTION'",
                                Integer.class,
                                id))
                .isEqualTo(5);

        var second = admin.post("/api/v1/sites", Map.of("code", "P2", "name", "Second", "timeZone", "UTC"));
        UUID site2 = TestTenants.id(second.json());
        List<Callable<Boolean>> receivers = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            receivers.add(() -> admin.post(PARTS + "/" + id + "/movements", movement(site2, "RECEIPT", 1, null))
                            .status()
                    == 201);
        }
        assertThat(together(receivers)).as("first receipts at a new site").containsOnly(true);
        assertThat(stock(admin, id.toString(), site2).get("onHand").asInt()).isEqualTo(8);
        assertThat(jdbc().queryForObject(
                                "select count(*) from spare_part_stock where part_id = ? and site_id = ?",
                                Integer.class,
                                id,
                                site2))
                .isEqualTo(1);
    }

    @Test
    default void aLowStockEventIsPublishedOncePerCrossingBelowTheMinimum() {
        Tenant t = TestTenants.create(platformAdmin(), anonymousClient(), "Low");
        Api admin = t.admin();
        String id = created(admin.post(PARTS, part("HOSE-1", "Manguera", "m")))
                .get("id")
                .asString();
        UUID partId = UUID.fromString(id);
        var settings =
                admin.put(PARTS + "/" + id + "/stock/" + t.siteId(), Map.of("minimum", 5, "binLocation", "A-01-3"));
        assertThat(settings.status()).as(settings.toString()).isEqualTo(200);
        assertThat(settings.json().get("belowMinimum").asBoolean()).isTrue();
        assertThat(admin.put(PARTS + "/" + id + "/stock/" + t.siteId(), Map.of("minimum", -1))
                        .status())
                .isEqualTo(400);
        assertThat(admin.put(PARTS + "/" + id + "/stock/" + UUID.randomUUID(), Map.of("minimum", 1))
                        .status())
                .isEqualTo(404);
        assertThat(key(t, "TECHNICIAN")
                        .put(PARTS + "/" + id + "/stock/" + t.siteId(), Map.of("minimum", 1))
                        .status())
                .isEqualTo(403);

        List<PartStockLow> events = new CopyOnWriteArrayList<>();
        List<Boolean> inTransaction = new CopyOnWriteArrayList<>();
        ApplicationListener<ApplicationEvent> listener = event -> {
            if (event instanceof PayloadApplicationEvent<?> p
                    && p.getPayload() instanceof PartStockLow low
                    && low.partId().equals(partId)) {
                events.add(low);
                inTransaction.add(TransactionSynchronizationManager.isActualTransactionActive());
            }
        };
        ApplicationEventMulticaster multicaster = bean(ApplicationEventMulticaster.class);
        multicaster.addApplicationListener(listener);
        try {
            PartsInventory inventory = bean(PartsInventory.class);
            receive(admin, id, t.siteId(), 10);
            consume(inventory, t, partId, "3");
            assertThat(events).as("10 -> 7, still at or above 5").isEmpty();
            consume(inventory, t, partId, "3");
            assertThat(events).singleElement().satisfies(e -> {
                assertThat(e.tenantId()).isEqualTo(t.id());
                assertThat(e.siteId()).isEqualTo(t.siteId());
                assertThat(e.partNumber()).isEqualTo("HOSE-1");
                assertThat(e.onHand()).isEqualByComparingTo("4");
                assertThat(e.minimum()).isEqualByComparingTo("5");
            });
            assertThat(inTransaction).containsExactly(true);
            consume(inventory, t, partId, "1.5");
            assertThatThrownBy(() -> consume(inventory, t, partId, "100")).isInstanceOf(UnprocessableException.class);
            assertThat(events).as("still below: no second event").hasSize(1);

            JsonNode low = admin.get(PARTS + "/low-stock?siteId=" + t.siteId()).json();
            assertThat(low.get("totalItems").asInt()).isEqualTo(1);
            assertThat(low.get("items").get(0).get("partNumber").asString()).isEqualTo("HOSE-1");
            assertThat(low.get("items").get(0).get("onHand").asString()).isEqualTo("2.5");
            assertThat(low.get("items").get(0).get("shortfall").asString()).isEqualTo("2.5");
            assertThat(low.get("items").get(0).get("binLocation").asString()).isEqualTo("A-01-3");
            assertThat(admin.get(PARTS + "/low-stock").json().get("totalItems").asInt())
                    .isEqualTo(1);

            receive(admin, id, t.siteId(), 2.5);
            assertThat(admin.get(PARTS + "/low-stock?siteId=" + t.siteId())
                            .json()
                            .get("totalItems")
                            .asInt())
                    .as("back at the minimum")
                    .isZero();
            assertThat(events).hasSize(1);
            consume(inventory, t, partId, "0.5");
            assertThat(events).as("dropped below again").hasSize(2);
            assertThat(events.get(1).onHand()).isEqualByComparingTo("4.5");
        } finally {
            multicaster.removeApplicationListener(listener);
        }
        assertThat(admin.get(PARTS + "/low-stock?siteId=" + UUID.randomUUID()).status())
                .isEqualTo(400);
    }

    @Test
    default void siteBoundCallersSeeAndMoveTheStockOfTheirSitesOnly() {
        Tenant t = TestTenants.create(platformAdmin(), anonymousClient(), "Sites");
        Api admin = t.admin();
        UUID site2 = TestTenants.id(admin.post("/api/v1/sites", Map.of("code", "P2", "name", "Two", "timeZone", "UTC"))
                .json());
        String id = created(admin.post(PARTS, part("VLV-1", "Válvula", "pcs")))
                .get("id")
                .asString();
        receive(admin, id, t.siteId(), 4);
        receive(admin, id, site2, 7);
        admin.put(PARTS + "/" + id + "/stock/" + t.siteId(), Map.of("minimum", 10));
        admin.put(PARTS + "/" + id + "/stock/" + site2, Map.of("minimum", 10));
        Api tech = user(t, "TECHNICIAN", t.siteId());

        JsonNode part = tech.get(PARTS + "/" + id).json();
        assertThat(part.get("stock").size()).isEqualTo(1);
        assertThat(part.get("stock").get(0).get("siteId").asString())
                .isEqualTo(t.siteId().toString());
        assertThat(tech.get(PARTS + "?q=valvula").text()).doesNotContain(site2.toString());
        assertThat(tech.get(PARTS + "/" + id + "/stock/" + t.siteId())
                        .json()
                        .get("onHand")
                        .asInt())
                .isEqualTo(4);
        assertThat(tech.get(PARTS + "/" + id + "/stock/" + site2).status()).isEqualTo(404);
        JsonNode moves = tech.get(PARTS + "/" + id + "/movements").json();
        assertThat(moves.get("totalItems").asInt()).isEqualTo(1);
        assertThat(tech.get(PARTS + "/" + id + "/movements?siteId=" + site2).status())
                .isEqualTo(400);
        assertThat(tech.get(PARTS + "/low-stock").json().get("totalItems").asInt())
                .isEqualTo(1);
        assertThat(tech.get(PARTS + "/low-stock?siteId=" + site2).status()).isEqualTo(400);
        assertThat(tech.get(PARTS + "?siteId=" + site2).status()).isEqualTo(400);
        assertThat(tech.post(PARTS + "/" + id + "/movements", movement(site2, "RECEIPT", 1, null))
                        .status())
                .isEqualTo(400);
        assertThat(created(tech.post(PARTS + "/" + id + "/movements", movement(t.siteId(), "RECEIPT", 1, null)))
                        .get("onHandAfter")
                        .asInt())
                .isEqualTo(5);
        assertThat(stock(admin, id, site2).get("onHand").asInt()).isEqualTo(7);
        assertThat(admin.get(PARTS + "/low-stock").json().get("totalItems").asInt())
                .isEqualTo(2);
        assertThat(tech.post(PARTS, part("NEW-1", "x", "pcs")).status())
                .as("writes need a supervisor")
                .isEqualTo(403);
    }

    @Test
    default void partsAreExportedAndDeletedWithTheirTenant() throws Exception {
        Tenant doomed = TestTenants.create(platformAdmin(), anonymousClient(), "PartsGone");
        Api api = doomed.admin();
        String pump = asset(api, doomed, "P-9", "pump");
        String id = created(api.post(
                        PARTS,
                        with(
                                with(part("SEAL-9", "Sello", "pcs"), "assetIds", List.of(pump)),
                                "assetTypes",
                                List.of("pump"))))
                .get("id")
                .asString();
        receive(api, id, doomed.siteId(), 3);
        var started = api.post("/api/v1/admin/exports", null);
        assertThat(started.status()).isEqualTo(202);
        JsonNode job =
                PlatformStorageContract.awaitJob(api, started.json().get("id").asString());
        assertThat(job.get("state").asString()).isEqualTo("completed");
        Map<String, String> files =
                unzip(api.get(job.get("result").get("download").asString()).bytes());
        assertThat(files.get("maintenance/spare-parts.json")).contains("SEAL-9");
        assertThat(files.get("maintenance/spare-part-assets.json")).contains(pump);
        assertThat(files.get("maintenance/spare-part-asset-types.json")).contains("pump");
        assertThat(files.get("maintenance/spare-part-stock.json"))
                .contains(doomed.siteId().toString());
        assertThat(files.get("maintenance/spare-part-movements.json")).contains("RECEIPT");
        assertThat(files).containsKey("maintenance/assets.json");
        assertThat(platformAdmin()
                        .delete("/api/v1/admin/tenants/" + doomed.id())
                        .status())
                .isEqualTo(204);
        for (String table : List.of("spare_parts", "spare_part_stock", "spare_part_movements")) {
            assertThat(count(doomed, table)).as(table).isZero();
        }
        assertThat(jdbc().queryForObject(
                                "select count(*) from spare_part_assets where part_id = ?",
                                Integer.class,
                                UUID.fromString(id)))
                .isZero();
    }

    // ---- helpers ------------------------------------------------------------------------------

    private static Map<String, String> unzip(byte[] bytes) throws java.io.IOException {
        Map<String, String> files = new HashMap<>();
        try (var zip = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(bytes))) {
            for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                files.put(entry.getName(), new String(zip.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        return files;
    }

    private static void consume(PartsInventory inventory, Tenant t, UUID partId, String quantity) {
        TenantContext.call(
                t.id(), () -> inventory.consume(t.siteId(), partId, new BigDecimal(quantity), UUID.randomUUID(), null));
    }

    private static List<Boolean> together(List<Callable<Boolean>> tasks) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(tasks.size());
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Boolean>> futures = new ArrayList<>();
            for (Callable<Boolean> task : tasks) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return task.call();
                }));
            }
            start.countDown();
            List<Boolean> outcomes = new ArrayList<>();
            for (Future<Boolean> f : futures) {
                outcomes.add(f.get(60, TimeUnit.SECONDS));
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }

    private static Map<String, Object> part(String number, String description, String unit) {
        return new HashMap<>(Map.of("partNumber", number, "description", description, "unit", unit));
    }

    private static Map<String, Object> with(Map<String, Object> fields, String name, Object value) {
        var copy = new HashMap<>(fields);
        copy.put(name, value);
        return copy;
    }

    private static Map<String, Object> movement(UUID siteId, String kind, Number quantity, String reason) {
        var body = new HashMap<String, Object>(Map.of("siteId", siteId, "kind", kind, "quantity", quantity));
        if (reason != null) {
            body.put("reason", reason);
        }
        return body;
    }

    private static void receive(Api api, String partId, UUID siteId, Number quantity) {
        created(api.post(PARTS + "/" + partId + "/movements", movement(siteId, "RECEIPT", quantity, null)));
    }

    private static JsonNode stock(Api api, String partId, UUID siteId) {
        var response = api.get(PARTS + "/" + partId + "/stock/" + siteId);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }

    private static int status(Api api, Map<String, Object> fields) {
        return api.post(PARTS, fields).status();
    }

    private static JsonNode created(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.json();
    }

    private static List<String> numbers(Api api, String query) {
        var response = api.get(PARTS + query);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        List<String> numbers = new ArrayList<>();
        response.json()
                .get("items")
                .forEach(p -> numbers.add(p.get("partNumber").asString()));
        return numbers;
    }

    private static String id(Api api, String partNumber) {
        return api.get(PARTS + "?q=" + partNumber)
                .json()
                .get("items")
                .get(0)
                .get("id")
                .asString();
    }

    private static String asset(Api api, Tenant t, String code, String type) {
        return created(api.post(
                        "/api/v1/maintenance/assets",
                        Map.of(
                                "siteId",
                                t.siteId(),
                                "code",
                                code,
                                "details",
                                Map.of("name", code, "type", type, "criticality", "B"))))
                .get("id")
                .asString();
    }

    private int count(Tenant t, String table) {
        return jdbc().queryForObject("select count(*) from " + table + " where tenant_id = ?", Integer.class, t.id());
    }

    private Api key(Tenant t, String role) {
        var key = t.admin().post("/api/v1/admin/api-keys", Map.of("name", role.toLowerCase(), "role", role));
        assertThat(key.status()).as(key.toString()).isEqualTo(201);
        return anonymousClient().withKey(key.json().get("value").asString());
    }

    private Api user(Tenant t, String role, UUID siteId) {
        String email =
                role.toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8) + "@" + t.slug() + ".test";
        var user = t.admin()
                .post(
                        "/api/v1/admin/users",
                        Map.of(
                                "email", email,
                                "displayName", role,
                                "password", "password-123456",
                                "role", role,
                                "siteIds", List.of(siteId)));
        assertThat(user.status()).as(user.toString()).isEqualTo(201);
        var login = anonymousClient().post("/api/v1/auth/token", Map.of("email", email, "password", "password-123456"));
        assertThat(login.status()).as(login.toString()).isEqualTo(200);
        return anonymousClient().withBearer(login.json().get("accessToken").asString());
    }
}
