package org.millwright.maintenance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.millwright.maintenance.WorkOrderPlant.BASE;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.millwright.maintenance.WorkOrderPlant.Person;
import org.millwright.platform.error.ForbiddenException;
import org.millwright.platform.tenancy.TenantContext;
import org.millwright.support.Api;
import org.millwright.support.RecordedEvents;
import org.millwright.support.TestTenants;
import org.springframework.context.event.ApplicationEventMulticaster;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Work orders' storage-facing behaviour, run once on H2 and once on PostgreSQL: the state machine
 * over HTTP (every status against every move), numbering under concurrency, optimistic locking,
 * search, the caller's queue, overdue, attachments, bad input, site visibility, events and the
 * facade.
 */
public interface WorkOrderContract {

    Api platformAdmin();

    Api anonymousClient();

    JdbcTemplate jdbc();

    <T> T bean(Class<T> type);

    /** The statuses each move leads to from where it is allowed (a single assignee declining: OPEN). */
    Map<WorkOrderTransition, WorkOrderStatus> LEADS_TO = Map.of(
            WorkOrderTransition.ASSIGN, WorkOrderStatus.ASSIGNED,
            WorkOrderTransition.DECLINE, WorkOrderStatus.OPEN,
            WorkOrderTransition.ACCEPT, WorkOrderStatus.ACCEPTED,
            WorkOrderTransition.START, WorkOrderStatus.IN_PROGRESS,
            WorkOrderTransition.HOLD, WorkOrderStatus.ON_HOLD,
            WorkOrderTransition.RESUME, WorkOrderStatus.IN_PROGRESS,
            WorkOrderTransition.COMPLETE, WorkOrderStatus.COMPLETED,
            WorkOrderTransition.CLOSE, WorkOrderStatus.CLOSED,
            WorkOrderTransition.CANCEL, WorkOrderStatus.CANCELLED);

    @TestFactory
    default Stream<DynamicTest> everyMoveFromEveryStatusIsAppliedOrRefusedWithTheAllowedOnes() {
        var plant = WorkOrderPlant.create(platformAdmin(), anonymousClient(), "Moves");
        Person tech = plant.person("Tecnico", "TECHNICIAN");
        List<DynamicTest> tests = new ArrayList<>();
        for (WorkOrderStatus from : WorkOrderStatus.values()) {
            for (WorkOrderTransition move : WorkOrderTransition.values()) {
                tests.add(DynamicTest.dynamicTest(from + " --" + move.path() + "-->", () -> {
                    UUID id = plant.inStatus(from, tech.id());
                    long version = plant.get(id).get("version").asLong();
                    var response = plant.admin.post(BASE + "/" + id + "/" + move.path(), body(move, tech.id()));
                    if (move.allowedFrom(from)) {
                        assertThat(response.status()).as(response.toString()).isEqualTo(200);
                        JsonNode moved = response.json();
                        assertThat(moved.get("status").asString())
                                .isEqualTo(LEADS_TO.get(move).name());
                        assertThat(moved.get("version").asLong()).isGreaterThan(version);
                        assertThat(from.canMoveTo(LEADS_TO.get(move))).isTrue();
                    } else {
                        assertThat(response.status()).as(response.toString()).isEqualTo(409);
                        JsonNode problem = response.json();
                        assertThat(problem.get("type").asString()).isEqualTo("urn:millwright:problem:conflict");
                        assertThat(problem.get("currentStatus").asString()).isEqualTo(from.name());
                        assertThat(texts(problem.get("allowed")))
                                .containsExactlyElementsOf(
                                        from.next().stream().map(Enum::name).toList());
                        assertThat(texts(problem.get("allowedTransitions")))
                                .containsExactlyElementsOf(from.transitions().stream()
                                        .map(WorkOrderTransition::path)
                                        .toList());
                        JsonNode after = plant.get(id);
                        assertThat(after.get("status").asString()).isEqualTo(from.name());
                        assertThat(after.get("version").asLong()).isEqualTo(version);
                    }
                }));
            }
        }
        return tests.stream();
    }

    @Test
    default void aWorkOrderGoesFromOpenToClosedWithHistoryEventsAndTimes() {
        var plant = WorkOrderPlant.create(platformAdmin(), anonymousClient(), "Life");
        Person tech = plant.person("Tecnica", "TECHNICIAN");
        try (var events = RecordedEvents.start(bean(ApplicationEventMulticaster.class))) {
            JsonNode created = plant.create(plant.order(
                    "Bearing noise",
                    Map.of(
                            "description",
                            "Noise at the drive end",
                            "priority",
                            "HIGH",
                            "dueDate",
                            plant.today().plusDays(3).toString(),
                            "checklist",
                            List.of("Lock out", "Check bearing"))));
            UUID id = TestTenants.id(created);
            assertThat(created.get("number").asString())
                    .matches("OT-" + plant.today().getYear() + "-\\d{4}");
            assertThat(created.get("status").asString()).isEqualTo("OPEN");
            assertThat(created.get("source").asString()).isEqualTo("MANUAL");
            assertThat(created.get("siteId").asString()).isEqualTo(plant.siteId.toString());
            assertThat(created.get("checklist")).hasSize(2);
            assertThat(texts(created.get("allowedTransitions"))).containsExactly("assign", "cancel");

            plant.move(id, "assign", Map.of("userIds", List.of(tech.id())));
            WorkOrderPlant.move(tech.api(), id, "accept", null);
            JsonNode started = WorkOrderPlant.move(tech.api(), id, "start", null);
            assertThat(started.get("startedAt").isNull()).isFalse();
            String item = created.get("checklist").get(0).get("id").asString();
            var ticked = tech.api().patch(BASE + "/" + id + "/checklist/" + item, Map.of("done", true));
            assertThat(ticked.status()).as(ticked.toString()).isEqualTo(200);
            assertThat(ticked.json().get("doneBy").asString())
                    .isEqualTo(tech.id().toString());
            assertThat(tech.api()
                            .post(BASE + "/" + id + "/labour", Map.of("minutes", 90, "note", "Replaced bearing"))
                            .status())
                    .isEqualTo(201);
            assertThat(tech.api()
                            .post(
                                    BASE + "/" + id + "/parts",
                                    Map.of("partNumber", "SKF-6205", "quantity", 2, "unitCost", "12.50"))
                            .status())
                    .isEqualTo(201);
            assertThat(tech.api()
                            .post(BASE + "/" + id + "/comments", Map.of("text", "Done, running smoothly"))
                            .status())
                    .isEqualTo(201);
            var unknownCode = tech.api()
                    .post(
                            BASE + "/" + id + "/complete",
                            Map.of("failureMode", "BRG-WEAR", "cause", "wear", "remedy", "replace"));
            assertThat(unknownCode.status())
                    .as("codes come from the tenant's failure-code catalogue")
                    .isEqualTo(422);
            assertThat(plant.admin.get(BASE + "/" + id).json().get("status").asString())
                    .isEqualTo("IN_PROGRESS");
            JsonNode completed = WorkOrderPlant.move(
                    tech.api(),
                    id,
                    "complete",
                    Map.of("failureMode", "brd", "cause", "wear", "remedy", "replace", "downtimeMinutes", 120));
            assertThat(completed.get("completion").get("failureMode").asString())
                    .isEqualTo("BRD");
            JsonNode record = plant.admin
                    .get("/api/v1/maintenance/history?assetId=" + plant.assetId)
                    .json()
                    .get("items")
                    .get(0);
            assertThat(record.get("workOrderId").asString()).isEqualTo(id.toString());
            assertThat(record.get("source").asString()).isEqualToIgnoringCase("work_order");
            assertThat(record.get("workType").asString()).isEqualToIgnoringCase("corrective");
            assertThat(record.get("failureCause").asString()).isEqualTo("WEAR");
            assertThat(record.get("downtimeMinutes").asInt()).isEqualTo(120);
            assertThat(record.get("labourHours").decimalValue()).isEqualByComparingTo("1.50");
            assertThat(record.get("partsCost").decimalValue()).isEqualByComparingTo("25.00");
            assertThat(record.get("startedAt").isNull()).isFalse();
            assertThat(completed.get("labourMinutes").asInt()).isEqualTo(90);
            assertThat(completed.get("partsCost").decimalValue()).isEqualByComparingTo("25.00");
            assertThat(tech.api().post(BASE + "/" + id + "/close", null).status())
                    .as("closing is for supervisors")
                    .isEqualTo(403);
            JsonNode closed = plant.move(id, "close", null);
            assertThat(closed.get("status").asString()).isEqualTo("CLOSED");
            assertThat(closed.get("closedAt").isNull()).isFalse();
            assertThat(closed.get("allowedTransitions")).isEmpty();

            JsonNode history =
                    plant.admin.get(BASE + "/" + id + "/history").json().get("items");
            List<String> actions = StreamSupport.stream(history.spliterator(), false)
                    .map(e -> e.get("action").asString())
                    .toList();
            assertThat(actions)
                    .containsExactly(
                            "created",
                            "assign",
                            "accept",
                            "start",
                            "checklist-item-changed",
                            "labour-added",
                            "part-added",
                            "comment-added",
                            "complete",
                            "close");
            assertThat(history.get(1).get("fromStatus").asString()).isEqualTo("OPEN");
            assertThat(history.get(1).get("toStatus").asString()).isEqualTo("ASSIGNED");
            assertThat(history.get(2).get("actorId").asString())
                    .isEqualTo(tech.id().toString());
            assertThat(history.get(0).get("changes").get("priority").get("to").asString())
                    .isEqualTo("HIGH");

            UUID tenant = plant.tenant.id();
            var mine = events.all().stream()
                    .filter(e -> e.getClass().getSimpleName().startsWith("WorkOrder"))
                    .toList();
            assertThat(mine.stream().map(e -> e.getClass().getSimpleName()))
                    .containsExactly(
                            "WorkOrderCreated",
                            "WorkOrderStatusChanged",
                            "WorkOrderAssigned",
                            "WorkOrderStatusChanged",
                            "WorkOrderStatusChanged",
                            "WorkOrderStatusChanged",
                            "WorkOrderCompleted",
                            "WorkOrderStatusChanged");
            var createdEvent = events.of(WorkOrderCreated.class).getFirst();
            assertThat(createdEvent.tenantId()).isEqualTo(tenant);
            assertThat(createdEvent.workOrderId()).isEqualTo(id);
            assertThat(createdEvent.assetId()).isEqualTo(plant.assetId);
            assertThat(createdEvent.siteId()).isEqualTo(plant.siteId);
            assertThat(createdEvent.number()).isEqualTo(created.get("number").asString());
            var assigned = events.of(WorkOrderAssigned.class).getFirst();
            assertThat(assigned.assigneeIds()).containsExactly(tech.id());
            assertThat(assigned.previousAssigneeIds()).isEmpty();
            var completedEvent = events.of(WorkOrderCompleted.class).getFirst();
            assertThat(completedEvent.downtimeMinutes()).isEqualTo(120);
            assertThat(completedEvent.remedy()).isEqualTo("REPLACE");
            assertThat(completedEvent.actorId()).isEqualTo(tech.id());
            assertThat(completedEvent.startedAt()).isNotNull();
            assertThat(events.of(WorkOrderStatusChanged.class).stream()
                            .map(e -> e.from() + ">" + e.to())
                            .toList())
                    .containsExactly(
                            "OPEN>ASSIGNED",
                            "ASSIGNED>ACCEPTED",
                            "ACCEPTED>IN_PROGRESS",
                            "IN_PROGRESS>COMPLETED",
                            "COMPLETED>CLOSED");
            assertThat(events.of(WorkOrderStatusChanged.class))
                    .allSatisfy(e -> assertThat(e.tenantId()).isEqualTo(tenant));
        }
    }

    @Test
    default void aCataloguePartUsedOnAWorkOrderLeavesAndReturnsToItsSitesStock() {
        var plant = WorkOrderPlant.create(platformAdmin(), anonymousClient(), "Stock");
        var part = plant.admin.post(
                "/api/v1/maintenance/parts",
                Map.of(
                        "partNumber",
                        "6205-2RS",
                        "description",
                        "Rodamiento rígido de bolas",
                        "unit",
                        "pcs",
                        "unitCost",
                        "8.40",
                        "currency",
                        "CLP"));
        assertThat(part.status()).as(part.toString()).isEqualTo(201);
        String partId = part.json().get("id").asString();
        String stock = "/api/v1/maintenance/parts/" + partId + "/stock/" + plant.siteId;
        assertThat(plant.admin
                        .post(
                                "/api/v1/maintenance/parts/" + partId + "/movements",
                                Map.of("siteId", plant.siteId, "kind", "RECEIPT", "quantity", 5))
                        .status())
                .isEqualTo(201);
        UUID id = TestTenants.id(plant.create("Cambio de rodamiento"));

        var line = plant.admin.post(BASE + "/" + id + "/parts", Map.of("partId", partId, "quantity", 2));
        assertThat(line.status()).as(line.toString()).isEqualTo(201);
        assertThat(line.json().get("partNumber").asString()).isEqualTo("6205-2RS");
        assertThat(line.json().get("unitCost").decimalValue()).isEqualByComparingTo("8.40");
        assertThat(plant.admin.get(stock).json().get("onHand").decimalValue()).isEqualByComparingTo("3");

        var tooMany = plant.admin.post(BASE + "/" + id + "/parts", Map.of("partId", partId, "quantity", 4));
        assertThat(tooMany.status()).as(tooMany.toString()).isEqualTo(422);
        assertThat(plant.get(id).get("parts")).hasSize(1);
        assertThat(plant.admin.get(stock).json().get("onHand").decimalValue()).isEqualByComparingTo("3");
        assertThat(plant.admin
                        .post(BASE + "/" + id + "/parts", Map.of("partId", UUID.randomUUID(), "quantity", 1))
                        .status())
                .isEqualTo(400);

        assertThat(plant.admin
                        .delete(BASE + "/" + id + "/parts/"
                                + line.json().get("id").asString())
                        .status())
                .isEqualTo(204);
        assertThat(plant.admin.get(stock).json().get("onHand").decimalValue()).isEqualByComparingTo("5");
        assertThat(plant.admin
                        .get("/api/v1/maintenance/parts/" + partId + "/movements")
                        .json()
                        .get("totalItems")
                        .asInt())
                .as("receipt, consumption and return")
                .isEqualTo(3);
    }

    @Test
    default void aTechniciansWorkOrdersListNewestFirstWithTheirCountAndNothingOfAnotherTenant() {
        var plant = WorkOrderPlant.create(platformAdmin(), anonymousClient(), "Assignees");
        Person tech = plant.person("Tecnica", "TECHNICIAN");
        List<UUID> made = new ArrayList<>();
        for (String title : List.of("Primera", "Segunda", "Tercera")) {
            UUID id = TestTenants.id(plant.create(plant.order(title, Map.of())));
            plant.move(id, "assign", Map.of("userIds", List.of(tech.id())));
            made.add(id);
        }
        plant.create(plant.order("Sin asignar", Map.of()));

        JsonNode first =
                plant.admin.get(BASE + "?size=2&assigneeId=" + tech.id()).json();
        assertThat(ids(first)).containsExactly(made.get(2), made.get(1));
        assertThat(first.get("totalItems").asInt()).isEqualTo(3);
        assertThat(first.get("totalExact").asBoolean()).isTrue();
        assertThat(ids(plant.admin, "?size=2&page=1&assigneeId=" + tech.id())).containsExactly(made.get(0));
        assertThat(ids(plant.admin, "?sort=createdAt,asc&assigneeId=" + tech.id()))
                .containsExactly(made.get(0), made.get(1), made.get(2));
        JsonNode beyond =
                plant.admin.get(BASE + "?size=2&page=5&assigneeId=" + tech.id()).json();
        assertThat(beyond.get("items")).isEmpty();
        assertThat(beyond.get("totalItems").asInt()).isEqualTo(3);

        var other = WorkOrderPlant.create(platformAdmin(), anonymousClient(), "Assignees-other");
        for (String page : List.of("?size=2", "?size=2&page=3")) {
            JsonNode foreign =
                    other.admin.get(BASE + page + "&assigneeId=" + tech.id()).json();
            assertThat(foreign.get("items")).as(page).isEmpty();
            assertThat(foreign.get("totalItems").asInt()).as(page).isZero();
        }
    }

    @Test
    default void declineReturnsToOpenAndPublishesWorkOrderDeclined() {
        var plant = WorkOrderPlant.create(platformAdmin(), anonymousClient(), "Decline");
        Person ana = plant.person("Ana", "TECHNICIAN");
        Person luis = plant.person("Luis", "TECHNICIAN");
        try (var events = RecordedEvents.start(bean(ApplicationEventMulticaster.class))) {
            UUID id = TestTenants.id(plant.create("Seal leak"));
            plant.move(id, "assign", Map.of("userIds", List.of(ana.id(), luis.id())));
            assertThat(luis.api().post(BASE + "/" + id + "/decline", Map.of()).status())
                    .as("a reason is required")
                    .isEqualTo(400);
            JsonNode partly = WorkOrderPlant.move(luis.api(), id, "decline", Map.of("reason", "On leave"));
            assertThat(partly.get("status").asString()).isEqualTo("ASSIGNED");
            assertThat(texts(partly.get("assigneeIds")))
                    .containsExactly(ana.id().toString());
            assertThat(luis.api().post(BASE + "/" + id + "/accept", null).status())
                    .as("no longer an assignee")
                    .isEqualTo(403);

            JsonNode open = WorkOrderPlant.move(ana.api(), id, "decline", Map.of("reason", "No tools"));
            assertThat(open.get("status").asString()).isEqualTo("OPEN");
            assertThat(open.get("assigneeIds")).isEmpty();
            assertThat(texts(open.get("allowedTransitions"))).containsExactly("assign", "cancel");

            var declined = events.of(WorkOrderDeclined.class);
            assertThat(declined).hasSize(2);
            assertThat(declined.get(0).declinedBy()).containsExactly(luis.id());
            assertThat(declined.get(0).remainingAssigneeIds()).containsExactly(ana.id());
            assertThat(declined.get(1).declinedBy()).containsExactly(ana.id());
            assertThat(declined.get(1).remainingAssigneeIds()).isEmpty();
            assertThat(declined.get(1).reason()).isEqualTo("No tools");
            assertThat(declined.get(1).tenantId()).isEqualTo(plant.tenant.id());
            assertThat(events.of(WorkOrderStatusChanged.class).stream()
                            .map(e -> e.from() + ">" + e.to())
                            .toList())
                    .containsExactly("OPEN>ASSIGNED", "ASSIGNED>OPEN");
        }
    }

    @Test
    default void onlyAssigneesAndSupervisorsMoveAWorkOrderAndOperatorsOnlyRead() {
        var plant = WorkOrderPlant.create(platformAdmin(), anonymousClient(), "Roles");
        Person assignee = plant.person("Pedro", "TECHNICIAN");
        Person other = plant.person("Juan", "TECHNICIAN");
        Person operator = plant.person("Olga", "OPERATOR");
        Person supervisor = plant.person("Sara", "SUPERVISOR");
        UUID id = TestTenants.id(plant.create("Belt alignment"));

        assertThat(operator.api().post(BASE, plant.order("x", Map.of())).status())
                .isEqualTo(403);
        assertThat(operator.api().get(BASE + "/" + id).status()).isEqualTo(200);
        var byTech = other.api().post(BASE, plant.order("Found a leak", Map.of()));
        assertThat(byTech.status()).as("technicians report work").isEqualTo(201);
        assertThat(other.api()
                        .post(BASE, plant.order("Assigned by me", Map.of("assigneeIds", List.of(other.id()))))
                        .status())
                .as("assigning at creation is for supervisors")
                .isEqualTo(403);
        assertThat(other.api()
                        .post(BASE + "/" + id + "/assign", Map.of("userIds", List.of(other.id())))
                        .status())
                .isEqualTo(403);
        assertThat(plant.admin
                        .post(BASE + "/" + id + "/assign", Map.of("userIds", List.of(operator.id())))
                        .status())
                .as("an operator cannot be assigned")
                .isEqualTo(400);

        WorkOrderPlant.move(supervisor.api(), id, "assign", Map.of("userIds", List.of(assignee.id())));
        assertThat(other.api().post(BASE + "/" + id + "/accept", null).status()).isEqualTo(403);
        assertThat(other.api()
                        .post(BASE + "/" + id + "/checklist", Map.of("task", "not mine"))
                        .status())
                .isEqualTo(403);
        assertThat(other.api()
                        .post(BASE + "/" + id + "/comments", Map.of("text", "I can help"))
                        .status())
                .as("any technician may comment")
                .isEqualTo(201);
        WorkOrderPlant.move(assignee.api(), id, "accept", null);
        WorkOrderPlant.move(assignee.api(), id, "start", null);
        WorkOrderPlant.move(assignee.api(), id, "hold", Map.of("reason", "Waiting for parts"));
        assertThat(plant.get(id).get("holdReason").asString()).isEqualTo("Waiting for parts");
        WorkOrderPlant.move(assignee.api(), id, "resume", null);
        assertThat(assignee.api()
                        .post(BASE + "/" + id + "/cancel", Map.of("reason", "mine"))
                        .status())
                .isEqualTo(403);
        assertThat(assignee.api().put(BASE + "/" + id, fields("Mine now", 2)).status())
                .isEqualTo(403);
        WorkOrderPlant.move(assignee.api(), id, "complete", null);
        WorkOrderPlant.move(supervisor.api(), id, "close", null);
    }

    @Test
    default void parallelCreatesGetDistinctConsecutiveNumbers() throws Exception {
        var plant = WorkOrderPlant.create(platformAdmin(), anonymousClient(), "Numbers");
        int count = 10;
        CountDownLatch ready = new CountDownLatch(count);
        try (ExecutorService pool = Executors.newFixedThreadPool(count)) {
            List<CompletableFuture<Api.Response>> futures = IntStream.range(0, count)
                    .mapToObj(i -> CompletableFuture.supplyAsync(
                            () -> {
                                ready.countDown();
                                await(ready);
                                return plant.admin.post(BASE, plant.order("Parallel " + i, Map.of()));
                            },
                            pool))
                    .toList();
            List<String> numbers = new ArrayList<>();
            for (var future : futures) {
                Api.Response response = future.get();
                assertThat(response.status()).as(response.toString()).isEqualTo(201);
                numbers.add(response.json().get("number").asString());
            }
            int year = plant.today().getYear();
            assertThat(numbers)
                    .doesNotHaveDuplicates()
                    .containsExactlyInAnyOrderElementsOf(IntStream.rangeClosed(1, count)
                            .mapToObj(n -> "OT-%d-%04d".formatted(year, n))
                            .toList());
        }
        assertThat(plant.create("After").get("number").asString()).endsWith("-0011");
        var other = WorkOrderPlant.create(platformAdmin(), anonymousClient(), "OtherNumbers");
        assertThat(other.create("First").get("number").asString())
                .as("numbers are per tenant")
                .endsWith("-0001");
    }

    @Test
    default void twoWritersWithTheSameVersionGetOneSuccessAndOneConflict() throws Exception {
        var plant = WorkOrderPlant.create(platformAdmin(), anonymousClient(), "Versions");
        UUID id = TestTenants.id(plant.create("Alignment"));
        assertThat(plant.admin.put(BASE + "/" + id, fields("First", 0)).status())
                .isEqualTo(200);
        var stale = plant.admin.put(BASE + "/" + id, fields("Second", 0));
        assertThat(stale.status()).as(stale.toString()).isEqualTo(409);
        assertThat(plant.get(id).get("title").asString()).isEqualTo("First");
        assertThat(plant.admin
                        .post(BASE + "/" + id + "/cancel", Map.of("reason", "old view", "version", 0))
                        .status())
                .as("moves check the version too when one is sent")
                .isEqualTo(409);

        try (ExecutorService pool = Executors.newFixedThreadPool(2)) {
            for (int round = 0; round < 5; round++) {
                long version = plant.get(id).get("version").asLong();
                CountDownLatch ready = new CountDownLatch(2);
                int r = round;
                List<CompletableFuture<Integer>> writers = IntStream.range(0, 2)
                        .mapToObj(w -> CompletableFuture.supplyAsync(
                                () -> {
                                    ready.countDown();
                                    await(ready);
                                    return plant.admin
                                            .put(BASE + "/" + id, fields("Round " + r + " writer " + w, version))
                                            .status();
                                },
                                pool))
                        .toList();
                List<Integer> statuses = new ArrayList<>();
                for (var writer : writers) {
                    statuses.add(writer.get());
                }
                assertThat(statuses).as("round " + round).containsExactlyInAnyOrder(200, 409);
                assertThat(plant.get(id).get("version").asLong()).isEqualTo(version + 1);
            }
        }
    }

    @Test
    default void searchFiltersSortsAndPagesWithTotals() {
        var plant = WorkOrderPlant.create(platformAdmin(), anonymousClient(), "Search");
        Person tech = plant.person("Rita", "TECHNICIAN");
        UUID north = plant.site("NORTE", "America/Bogota");
        UUID compressor = plant.asset(north, "C-" + WorkOrderPlant.unique());
        LocalDate today = plant.today();
        UUID a = TestTenants.id(plant.create(plant.order(
                "Vibración alta en bomba",
                Map.of(
                        "priority",
                        "URGENT",
                        "dueDate",
                        today.plusDays(1).toString(),
                        "source",
                        "ALARM",
                        "sourceRef",
                        "alarm-1"))));
        UUID b = TestTenants.id(plant.create(plant.order(
                "Cambio de aceite",
                Map.of(
                        "type",
                        "PREVENTIVE",
                        "priority",
                        "LOW",
                        "dueDate",
                        today.plusDays(10).toString(),
                        "source",
                        "PREVENTIVE_PLAN"))));
        UUID c = TestTenants.id(plant.create(plant.order(
                "Fuga en compresor",
                Map.of("assetId", compressor, "priority", "HIGH", "description", "Aceite en el piso del compresor"))));
        UUID d = TestTenants.id(plant.create(plant.order(
                "Inspección semanal",
                Map.of("type", "INSPECTION", "dueDate", today.plusDays(5).toString()))));
        plant.move(a, "assign", Map.of("userIds", List.of(tech.id())));
        plant.move(d, "cancel", Map.of("reason", "duplicate"));

        assertThat(ids(plant.admin, "")).containsExactlyInAnyOrder(a, b, c, d);
        assertThat(ids(plant.admin, "?status=open")).containsExactlyInAnyOrder(a, b, c);
        assertThat(ids(plant.admin, "?status=OPEN")).containsExactlyInAnyOrder(b, c);
        assertThat(ids(plant.admin, "?status=ASSIGNED,CANCELLED")).containsExactlyInAnyOrder(a, d);
        assertThat(ids(plant.admin, "?priority=HIGH,URGENT")).containsExactlyInAnyOrder(a, c);
        assertThat(ids(plant.admin, "?type=PREVENTIVE")).containsExactly(b);
        assertThat(ids(plant.admin, "?source=ALARM")).containsExactly(a);
        assertThat(ids(plant.admin, "?assetId=" + compressor)).containsExactly(c);
        assertThat(ids(plant.admin, "?siteId=" + plant.siteId)).containsExactlyInAnyOrder(a, b, d);
        assertThat(ids(plant.admin, "?assigneeId=" + tech.id())).containsExactly(a);
        assertThat(ids(plant.admin, "?q=COMPRESOR")).containsExactly(c);
        assertThat(ids(plant.admin, "?q=piso")).as("description").containsExactly(c);
        String numberOfB = plant.get(b).get("number").asString();
        assertThat(ids(plant.admin, "?q=" + numberOfB)).containsExactly(b);
        assertThat(ids(plant.admin, "?dueFrom=" + today.plusDays(2) + "&dueTo=" + today.plusDays(10)))
                .containsExactlyInAnyOrder(b, d);
        assertThat(ids(plant.admin, "?createdFrom=" + today.minusDays(2))).hasSize(4);
        assertThat(ids(plant.admin, "?createdTo=" + today.minusDays(2))).isEmpty();
        assertThat(ids(plant.admin, "?createdFrom=2020-01-01T00:00:00Z&status=open&priority=URGENT"))
                .containsExactly(a);

        assertThat(ids(plant.admin, "?sort=dueDate,asc")).as("undated last").containsExactly(a, d, b, c);
        assertThat(ids(plant.admin, "?sort=dueDate,desc")).containsExactly(b, d, a, c);
        assertThat(ids(plant.admin, "?sort=priority,desc&status=open")).containsExactly(a, c, b);
        JsonNode page = plant.admin.get(BASE + "?sort=dueDate&page=1&size=3").json();
        assertThat(page.get("totalItems").asInt()).isEqualTo(4);
        assertThat(page.get("totalPages").asInt()).isEqualTo(2);
        assertThat(page.get("page").asInt()).isEqualTo(1);
        assertThat(page.get("items")).hasSize(1);
        assertThat(page.get("items").get(0).get("id").asString()).isEqualTo(c.toString());

        for (String bad : List.of(
                "?status=DONE",
                "?priority=CRITICAL",
                "?sort=colour",
                "?sort=dueDate,sideways",
                "?createdFrom=yesterday",
                "?dueFrom=2026-13-01",
                "?size=0")) {
            var response = plant.admin.get(BASE + bad);
            assertThat(response.status()).as(bad + " " + response).isEqualTo(400);
        }
    }

    @Test
    default void aListCountsTenThousandMatchesAtMostAndSaysWhenThereAreMore() {
        var plant = WorkOrderPlant.create(platformAdmin(), anonymousClient(), "Many");
        var other = WorkOrderPlant.create(platformAdmin(), anonymousClient(), "Others");
        UUID one = TestTenants.id(plant.create("The only open one"));
        java.time.Instant start = java.time.Instant.parse("2024-01-01T00:00:00Z");
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < 10_001; i++) {
            java.time.OffsetDateTime at = start.plusSeconds(60L * i).atOffset(java.time.ZoneOffset.UTC);
            for (WorkOrderPlant owner : i < 5 ? List.of(plant, other) : List.of(plant)) {
                // the other tenant's few match every filter below too: they must never be counted
                rows.add(new Object[] {
                    UUID.randomUUID(),
                    owner.tenant.id(),
                    owner.siteId,
                    owner.assetId,
                    "OT-2024-" + (100_000 + i),
                    at,
                    at,
                    at
                });
            }
        }
        jdbc().batchUpdate(
                        "insert into work_orders (id, tenant_id, site_id, asset_id, wo_number, wo_type, priority,"
                                + " priority_rank, status, title, source, status_changed_at, created_at, updated_at,"
                                + " version) values (?, ?, ?, ?, ?, 'CORRECTIVE', 'LOW', 1, 'CLOSED', 'Old job',"
                                + " 'MANUAL', ?, ?, ?, 0)",
                        rows);

        JsonNode first = plant.admin.get(BASE + "?status=CLOSED&size=50").json();
        assertThat(first.get("items")).hasSize(50);
        assertThat(first.get("totalItems").asLong()).isEqualTo(10_000);
        assertThat(first.get("totalPages").asInt()).isEqualTo(200);
        assertThat(first.get("totalExact").asBoolean()).isFalse();
        JsonNode all = plant.admin.get(BASE + "?size=200&q=old%20job").json();
        assertThat(all.get("totalItems").asLong()).isEqualTo(10_000);
        assertThat(all.get("totalExact").asBoolean()).isFalse();

        JsonNode last =
                plant.admin.get(BASE + "?status=CLOSED&size=50&page=200").json();
        assertThat(last.get("items")).hasSize(1);
        assertThat(last.get("totalItems").asLong())
                .as("the last page knows the total")
                .isEqualTo(10_001);
        assertThat(last.get("totalExact").asBoolean()).isTrue();
        assertThat(TestTenants.id(last.get("items").get(0)))
                .as("oldest last")
                .isEqualTo(jdbc().queryForObject(
                                "select id from work_orders where tenant_id = ? and wo_number = 'OT-2024-100000'",
                                UUID.class,
                                plant.tenant.id()));
        JsonNode beyond =
                plant.admin.get(BASE + "?status=CLOSED&size=50&page=300").json();
        assertThat(beyond.get("items")).isEmpty();
        assertThat(beyond.get("totalItems").asLong()).isEqualTo(10_000);
        assertThat(beyond.get("totalExact").asBoolean()).isFalse();

        JsonNode open = plant.admin.get(BASE + "?status=open&size=1").json();
        assertThat(ids(open)).containsExactly(one);
        assertThat(open.get("totalItems").asLong()).isEqualTo(1);
        assertThat(open.get("totalExact").asBoolean()).isTrue();
        JsonNode pages = plant.admin
                .get(BASE + "?createdTo=2024-01-01T01:40:00Z&size=20")
                .json();
        assertThat(pages.get("totalItems").asLong())
                .as("counted when more than a page match")
                .isEqualTo(100);
        assertThat(pages.get("totalPages").asInt()).isEqualTo(5);
        assertThat(pages.get("totalExact").asBoolean()).isTrue();
    }

    @Test
    default void mineIsTheCallersOpenQueueByPriorityThenDueDate() {
        var plant = WorkOrderPlant.create(platformAdmin(), anonymousClient(), "Mine");
        Person tech = plant.person("Eva", "TECHNICIAN");
        Person other = plant.person("Leo", "TECHNICIAN");
        LocalDate today = plant.today();
        UUID low = created(plant, "LOW", today.plusDays(1));
        UUID highLate = created(plant, "HIGH", today.plusDays(9));
        UUID highSoon = created(plant, "HIGH", today.plusDays(2));
        UUID highUndated = created(plant, "HIGH", null);
        UUID urgent = created(plant, "URGENT", today.plusDays(30));
        UUID done = created(plant, "URGENT", today);
        UUID notMine = created(plant, "URGENT", today);
        for (UUID id : List.of(low, highLate, highSoon, highUndated, urgent, done)) {
            plant.move(id, "assign", Map.of("userIds", List.of(tech.id())));
        }
        plant.move(notMine, "assign", Map.of("userIds", List.of(other.id())));
        WorkOrderPlant.move(tech.api(), done, "accept", null);
        WorkOrderPlant.move(tech.api(), done, "start", null);
        WorkOrderPlant.move(tech.api(), done, "complete", null);
        WorkOrderPlant.move(tech.api(), highSoon, "accept", null);

        JsonNode mine = tech.api().get(BASE + "/mine").json();
        assertThat(ids(mine)).containsExactly(urgent, highSoon, highLate, highUndated, low);
        assertThat(mine.get("totalItems").asInt()).isEqualTo(5);
        assertThat(ids(other.api().get(BASE + "/mine").json())).containsExactly(notMine);
        assertThat(plant.admin.get(BASE + "/mine").json().get("totalItems").asInt())
                .as("an API key has no queue")
                .isZero();
    }

    @Test
    default void overdueIsOpenAndDueBeforeTodayInThePlantsZone() {
        var plant = WorkOrderPlant.create(platformAdmin(), anonymousClient(), "Overdue");
        Person tech = plant.person("Ines", "TECHNICIAN");
        LocalDate today = plant.today();
        UUID late = created(plant, "MEDIUM", today.minusDays(1));
        UUID veryLate = created(plant, "LOW", today.minusDays(20));
        UUID dueToday = created(plant, "HIGH", today);
        UUID undated = created(plant, "HIGH", null);
        UUID lateButDone = created(plant, "HIGH", today.minusDays(2));
        UUID lateButCancelled = created(plant, "HIGH", today.minusDays(2));
        plant.move(lateButDone, "assign", Map.of("userIds", List.of(tech.id())));
        plant.move(lateButDone, "accept", null);
        plant.move(lateButDone, "start", null);
        plant.move(lateButDone, "complete", null);
        plant.move(lateButCancelled, "cancel", Map.of("reason", "obsolete"));
        plant.move(late, "assign", Map.of("userIds", List.of(tech.id())));

        JsonNode overdue = plant.admin.get(BASE + "/overdue").json();
        assertThat(ids(overdue)).containsExactly(veryLate, late);
        assertThat(overdue.get("totalItems").asInt()).isEqualTo(2);
        assertThat(plant.get(late).get("overdue").asBoolean()).isTrue();
        assertThat(plant.get(dueToday).get("overdue").asBoolean()).isFalse();
        assertThat(plant.get(undated).get("overdue").asBoolean()).isFalse();
        assertThat(plant.get(lateButDone).get("overdue").asBoolean()).isFalse();
        // a plant 14 hours ahead of UTC: its own today decides, whatever the other plant's date
        UUID farEast = plant.site("LEJOS", "Pacific/Kiritimati");
        UUID farAsset = plant.asset(farEast, "K-" + WorkOrderPlant.unique());
        LocalDate farToday = LocalDate.now(java.time.ZoneId.of("Pacific/Kiritimati"));
        UUID farLate = TestTenants.id(plant.create(plant.order(
                "Far late",
                Map.of("assetId", farAsset, "dueDate", farToday.minusDays(1).toString()))));
        TestTenants.id(
                plant.create(plant.order("Far today", Map.of("assetId", farAsset, "dueDate", farToday.toString()))));
        assertThat(ids(plant.admin.get(BASE + "/overdue?siteId=" + farEast).json()))
                .containsExactly(farLate);
        assertThat(ids(plant.admin.get(BASE + "/overdue?siteId=" + plant.siteId).json()))
                .containsExactly(veryLate, late);
    }

    @Test
    default void attachmentsAreStoredServedAndLimitedInSize() {
        var plant = WorkOrderPlant.create(platformAdmin(), anonymousClient(), "Files");
        UUID id = TestTenants.id(plant.create("Photo of the leak"));
        String path = BASE + "/" + id + "/attachments";
        var tooLarge = plant.admin.upload(path, "file", Map.of("big.jpg", new byte[1024 * 1024 + 1]), Map.of());
        assertThat(tooLarge.status()).as(tooLarge.toString()).isEqualTo(413);
        assertThat(tooLarge.json().get("type").asString()).isEqualTo("urn:millwright:problem:payload-too-large");
        var empty = plant.admin.upload(path, "file", Map.of("empty.txt", new byte[0]), Map.of());
        assertThat(empty.status()).isEqualTo(400);
        var missing = plant.admin.upload(path, "other", Map.of("x.txt", "x".getBytes()), Map.of());
        assertThat(missing.status()).isEqualTo(400);
        assertThat(plant.get(id).get("attachments")).isEmpty();
        assertThat(countRows("work_order_attachments", id)).isZero();

        byte[] report = "Pressure 4.2 bar after repair".getBytes();
        var uploaded = plant.admin.upload(path, "file", Map.of("fotos/report.txt", report), Map.of());
        assertThat(uploaded.status()).as(uploaded.toString()).isEqualTo(201);
        JsonNode attachment = uploaded.json();
        assertThat(attachment.get("fileName").asString()).isEqualTo("report.txt");
        assertThat(attachment.get("mediaType").asString()).isEqualTo("text/plain");
        assertThat(attachment.get("sizeBytes").asLong()).isEqualTo(report.length);
        String url = attachment.get("url").asString();
        var download = plant.admin.get(url);
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.header("Content-Type")).startsWith("text/plain");
        assertThat(download.header("Content-Disposition"))
                .contains("attachment")
                .contains("report.txt");
        assertThat(download.bytes()).isEqualTo(report);
        assertThat(plant.get(id).get("attachments")).hasSize(1);

        assertThat(plant.admin.delete(url).status()).isEqualTo(204);
        assertThat(plant.admin.get(url).status()).isEqualTo(404);
        assertThat(plant.get(id).get("attachments")).isEmpty();
    }

    @Test
    default void badInputIsRefusedAndChangesNothing() {
        var plant = WorkOrderPlant.create(platformAdmin(), anonymousClient(), "Bad");
        Person tech = plant.person("Tom", "TECHNICIAN");
        UUID id = TestTenants.id(plant.create(plant.order("Valve", Map.of("checklist", List.of("1", "2", "3", "4")))));
        plant.move(id, "assign", Map.of("userIds", List.of(tech.id())));
        WorkOrderPlant.move(tech.api(), id, "accept", null);
        WorkOrderPlant.move(tech.api(), id, "start", null);
        int workOrders = countWorkOrders(plant);
        long version = plant.get(id).get("version").asLong();
        long history = countRows("work_order_history", id);

        Map<String, Api.Response> answers = new HashMap<>();
        answers.put("unknown asset", plant.admin.post(BASE, plant.order("x", Map.of("assetId", UUID.randomUUID()))));
        answers.put("blank title", plant.admin.post(BASE, plant.order(" ", Map.of())));
        answers.put("long title", plant.admin.post(BASE, plant.order("x".repeat(201), Map.of())));
        answers.put("bad priority", plant.admin.post(BASE, plant.order("x", Map.of("priority", "SUPER"))));
        answers.put(
                "no type", plant.admin.post(BASE, Map.of("assetId", plant.assetId, "priority", "LOW", "title", "x")));
        answers.put("malformed", plant.admin.send("POST", BASE, "{\"title\":", "application/json"));
        answers.put(
                "unknown assignee",
                plant.admin.post(BASE, plant.order("x", Map.of("assigneeIds", List.of(UUID.randomUUID())))));
        answers.put(
                "no version",
                plant.admin.put(BASE + "/" + id, Map.of("type", "CORRECTIVE", "priority", "LOW", "title", "y")));
        answers.put("long code", tech.api().post(BASE + "/" + id + "/complete", Map.of("failureMode", "X".repeat(21))));
        answers.put("negative downtime", tech.api().post(BASE + "/" + id + "/complete", Map.of("downtimeMinutes", -1)));
        answers.put("no minutes", tech.api().post(BASE + "/" + id + "/labour", Map.of("note", "x")));
        answers.put("zero minutes", tech.api().post(BASE + "/" + id + "/labour", Map.of("minutes", 0)));
        answers.put(
                "labour tomorrow",
                tech.api()
                        .post(
                                BASE + "/" + id + "/labour",
                                Map.of(
                                        "minutes",
                                        10,
                                        "date",
                                        plant.today().plusDays(2).toString())));
        answers.put(
                "labour of an unknown user",
                plant.admin.post(BASE + "/" + id + "/labour", Map.of("minutes", 10, "userId", UUID.randomUUID())));
        answers.put(
                "zero quantity",
                tech.api().post(BASE + "/" + id + "/parts", Map.of("partNumber", "P-1", "quantity", 0)));
        answers.put(
                "too precise cost",
                tech.api()
                        .post(
                                BASE + "/" + id + "/parts",
                                Map.of("partNumber", "P-1", "quantity", 1, "unitCost", "0.001")));
        answers.put("blank task", tech.api().post(BASE + "/" + id + "/checklist", Map.of("task", "")));
        answers.put("blank comment", tech.api().post(BASE + "/" + id + "/comments", Map.of("text", " ")));
        answers.put("hold without reason", tech.api().post(BASE + "/" + id + "/hold", Map.of()));
        answers.put("assign nobody", plant.admin.post(BASE + "/" + id + "/assign", Map.of("userIds", List.of())));
        answers.forEach((what, response) ->
                assertThat(response.status()).as(what + ": " + response).isEqualTo(400));

        var tooMany =
                plant.admin.post(BASE, plant.order("x", Map.of("checklist", List.of("1", "2", "3", "4", "5", "6"))));
        assertThat(tooMany.status()).as(tooMany.toString()).isEqualTo(422);
        assertThat(tech.api()
                        .post(BASE + "/" + id + "/checklist", Map.of("task", "5"))
                        .status())
                .isEqualTo(201);
        var full = tech.api().post(BASE + "/" + id + "/checklist", Map.of("task", "6"));
        assertThat(full.status()).as(full.toString()).isEqualTo(422);
        assertThat(full.json().get("type").asString()).isEqualTo("urn:millwright:problem:unprocessable");

        assertThat(countWorkOrders(plant)).isEqualTo(workOrders);
        JsonNode after = plant.get(id);
        assertThat(after.get("version").asLong()).isEqualTo(version);
        assertThat(after.get("checklist")).hasSize(5);
        assertThat(after.get("labour")).isEmpty();
        assertThat(after.get("parts")).isEmpty();
        assertThat(after.get("comments")).isEmpty();
        assertThat(after.get("status").asString()).isEqualTo("IN_PROGRESS");
        assertThat(countRows("work_order_history", id))
                .as("only the added task")
                .isEqualTo(history + 1);

        var spanish = plant.admin.spanish().post(BASE + "/" + id + "/accept", null);
        assertThat(spanish.status()).isEqualTo(409);
        assertThat(spanish.json().get("detail").asString()).contains("En curso").contains("Aceptada");
        var english = plant.admin.post(BASE + "/" + id + "/accept", null);
        assertThat(english.json().get("detail").asString())
                .contains("In progress")
                .contains("Accepted");
    }

    @Test
    default void anEstimateIsSetChangedClearedAndChecked() {
        var plant = WorkOrderPlant.create(platformAdmin(), anonymousClient(), "Estimate");
        JsonNode created = plant.create(plant.order("Realign coupling", Map.of("estimatedMinutes", 90)));
        UUID id = TestTenants.id(created);
        assertThat(created.get("estimatedMinutes").asInt()).isEqualTo(90);

        var changed = plant.admin.put(
                BASE + "/" + id,
                Map.of(
                        "type",
                        "CORRECTIVE",
                        "priority",
                        "HIGH",
                        "title",
                        "Realign",
                        "estimatedMinutes",
                        150,
                        "version",
                        created.get("version").asLong()));
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        assertThat(changed.json().get("estimatedMinutes").asInt()).isEqualTo(150);
        assertThat(plant.admin.get(BASE + "/" + id + "/history").text())
                .contains("\"estimatedMinutes\":{\"from\":90,\"to\":150}");

        long version = changed.json().get("version").asLong();
        Map<String, Api.Response> refused = new HashMap<>();
        refused.put("zero on create", plant.admin.post(BASE, plant.order("x", Map.of("estimatedMinutes", 0))));
        refused.put("negative on create", plant.admin.post(BASE, plant.order("x", Map.of("estimatedMinutes", -30))));
        refused.put(
                "over a year on create",
                plant.admin.post(BASE, plant.order("x", Map.of("estimatedMinutes", 366 * 24 * 60 + 1))));
        refused.put("text on create", plant.admin.post(BASE, plant.order("x", Map.of("estimatedMinutes", "soon"))));
        refused.put(
                "zero on update",
                plant.admin.put(
                        BASE + "/" + id,
                        Map.of(
                                "type",
                                "CORRECTIVE",
                                "priority",
                                "HIGH",
                                "title",
                                "y",
                                "estimatedMinutes",
                                0,
                                "version",
                                version)));
        refused.forEach((what, response) ->
                assertThat(response.status()).as(what + ": " + response).isEqualTo(400));
        assertThat(plant.get(id).get("version").asLong()).isEqualTo(version);
        assertThat(plant.get(id).get("estimatedMinutes").asInt()).isEqualTo(150);
        assertThat(countWorkOrders(plant)).isEqualTo(1);

        var cleared = plant.admin.put(BASE + "/" + id, fields("Realign", version));
        assertThat(cleared.status()).as(cleared.toString()).isEqualTo(200);
        assertThat(cleared.json().get("estimatedMinutes").isNull()).isTrue();

        MaintenanceFacade facade = bean(MaintenanceFacade.class);
        TenantContext.run(plant.tenant.id(), () -> {
            var request = new NewWorkOrder(
                    plant.assetId,
                    WorkOrderType.PREVENTIVE,
                    WorkOrderPriority.LOW,
                    "Grease bearings",
                    null,
                    WorkOrderSource.PREVENTIVE_PLAN,
                    null,
                    null,
                    plant.today().plusDays(7),
                    45);
            UUID planned = facade.open(request, null).id();
            assertThat(jdbc().queryForObject(
                                    "select estimated_minutes from work_orders where id = ?", Integer.class, planned))
                    .isEqualTo(45);
            var tooLong = new NewWorkOrder(
                    plant.assetId,
                    WorkOrderType.PREVENTIVE,
                    WorkOrderPriority.LOW,
                    "x",
                    null,
                    null,
                    null,
                    null,
                    null,
                    0);
            assertThatThrownBy(() -> facade.open(tooLong, null))
                    .isInstanceOf(org.millwright.platform.error.InvalidRequestException.class);
        });
        assertThat(countWorkOrders(plant)).isEqualTo(2);
    }

    @Test
    default void techniciansBoundToASiteSeeOnlyItsWorkOrders() {
        var plant = WorkOrderPlant.create(platformAdmin(), anonymousClient(), "Sites");
        UUID south = plant.site("SUR", "America/Santiago");
        UUID southAsset = plant.asset(south, "S-" + WorkOrderPlant.unique());
        Person southTech = plant.person("Sur", "TECHNICIAN", south);
        UUID here = TestTenants.id(plant.create("Main plant job"));
        UUID there = TestTenants.id(plant.create(plant.order("South job", Map.of("assetId", southAsset))));

        assertThat(southTech.api().get(BASE + "/" + here).status()).isEqualTo(404);
        assertThat(southTech.api().get(BASE + "/" + here + "/history").status()).isEqualTo(404);
        assertThat(southTech
                        .api()
                        .post(BASE + "/" + here + "/comments", Map.of("text", "hi"))
                        .status())
                .isEqualTo(404);
        assertThat(southTech.api().get(BASE + "/" + there).status()).isEqualTo(200);
        assertThat(ids(southTech.api(), "")).containsExactly(there);
        assertThat(ids(southTech.api(), "?siteId=" + plant.siteId)).isEmpty();
        assertThat(southTech
                        .api()
                        .post(BASE, plant.order("Not my plant", Map.of()))
                        .status())
                .as("an asset of another site is unknown to them")
                .isEqualTo(400);
        assertThat(plant.admin
                        .post(BASE + "/" + here + "/assign", Map.of("userIds", List.of(southTech.id())))
                        .status())
                .as("they cannot be assigned work of another plant")
                .isEqualTo(400);
        assertThat(ids(plant.admin, "")).containsExactlyInAnyOrder(here, there);
    }

    @Test
    default void theFacadeOpensFindsAndMovesWorkOrdersForOtherModules() {
        var plant = WorkOrderPlant.create(platformAdmin(), anonymousClient(), "Facade");
        Person tech = plant.person("Facundo", "TECHNICIAN");
        Person other = plant.person("Otro", "TECHNICIAN");
        MaintenanceFacade facade = bean(MaintenanceFacade.class);
        try (var events = RecordedEvents.start(bean(ApplicationEventMulticaster.class))) {
            TenantContext.run(plant.tenant.id(), () -> {
                WorkOrderSummary opened = facade.open(
                        new NewWorkOrder(
                                plant.assetId,
                                WorkOrderType.CORRECTIVE,
                                WorkOrderPriority.URGENT,
                                "High vibration alarm",
                                null,
                                WorkOrderSource.ALARM,
                                "alarm-42",
                                "RMS above 7 mm/s",
                                null),
                        null);
                assertThat(opened.status()).isEqualTo(WorkOrderStatus.OPEN);
                assertThat(opened.sourceRef()).isEqualTo("alarm-42");
                assertThat(facade.findOpen(plant.assetId, WorkOrderSource.ALARM))
                        .map(WorkOrderSummary::id)
                        .contains(opened.id());
                assertThat(facade.findOpen(plant.assetId, WorkOrderSource.PREDICTION))
                        .isEmpty();
                assertThat(facade.openForAsset(plant.assetId))
                        .extracting(WorkOrderSummary::id)
                        .containsExactly(opened.id());
                assertThat(facade.findByNumber(opened.number()))
                        .map(WorkOrderSummary::id)
                        .contains(opened.id());

                assertThat(facade.assign(opened.id(), Set.of(tech.id()), null).status())
                        .isEqualTo(WorkOrderStatus.ASSIGNED);
                assertThatThrownBy(() -> facade.accept(opened.id(), other.id())).isInstanceOf(ForbiddenException.class);
                assertThat(facade.accept(opened.id(), tech.id()).status()).isEqualTo(WorkOrderStatus.ACCEPTED);
                assertThat(facade.start(opened.id(), tech.id()).status()).isEqualTo(WorkOrderStatus.IN_PROGRESS);
                var done = facade.complete(
                        opened.id(),
                        new WorkOrderCompletion("VIB", "LOOSENESS", "TIGHTEN", 45, "Base bolts"),
                        tech.id());
                assertThat(done.status()).isEqualTo(WorkOrderStatus.COMPLETED);
                assertThat(facade.findOpen(plant.assetId, WorkOrderSource.ALARM))
                        .isEmpty();
                assertThat(facade.openForAsset(plant.assetId)).isEmpty();
            });
            assertThat(events.of(WorkOrderCreated.class)).singleElement().satisfies(e -> {
                assertThat(e.source()).isEqualTo(WorkOrderSource.ALARM);
                assertThat(e.actorId()).isNull();
                assertThat(e.tenantId()).isEqualTo(plant.tenant.id());
            });
            assertThat(events.of(WorkOrderCompleted.class).getFirst().actorId()).isEqualTo(tech.id());
        }
        assertThat(plant.admin
                        .get(BASE + "?source=ALARM")
                        .json()
                        .get("totalItems")
                        .asInt())
                .isEqualTo(1);
    }

    @Test
    default void aTenantsWorkOrdersAreExportedAndDeletedWithIt() throws Exception {
        var plant = WorkOrderPlant.create(platformAdmin(), anonymousClient(), "Gone");
        Person tech = plant.person("Gina", "TECHNICIAN");
        UUID id = plant.inStatus(WorkOrderStatus.IN_PROGRESS, tech.id());
        String number = plant.get(id).get("number").asString();
        assertThat(tech.api()
                        .post(BASE + "/" + id + "/labour", Map.of("minutes", 30))
                        .status())
                .isEqualTo(201);
        assertThat(tech.api()
                        .post(BASE + "/" + id + "/checklist", Map.of("task", "Clean"))
                        .status())
                .isEqualTo(201);
        var attached = tech.api()
                .upload(BASE + "/" + id + "/attachments", "file", Map.of("photo.png", new byte[] {1, 2, 3}), Map.of());
        assertThat(attached.status()).as(attached.toString()).isEqualTo(201);

        var started = plant.admin.post("/api/v1/admin/exports", null);
        assertThat(started.status()).isEqualTo(202);
        JsonNode job = org.millwright.platform.PlatformStorageContract.awaitJob(
                plant.admin, started.json().get("id").asString());
        assertThat(job.get("state").asString()).as(job.toString()).isEqualTo("completed");
        var zip = plant.admin.get(job.get("result").get("download").asString());
        Map<String, String> files = new HashMap<>();
        try (var in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(zip.bytes()))) {
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                files.put(entry.getName(), new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        assertThat(files.get("maintenance/work-orders/work_orders.csv")).contains(number);
        assertThat(files.get("maintenance/work-orders/work_order_assignees.json"))
                .contains(tech.id().toString());
        assertThat(files.get("maintenance/work-orders/work_order_labour.json")).contains(id.toString());
        assertThat(files.get("maintenance/work-orders/work_order_history.json")).contains("labour-added");

        assertThat(platformAdmin()
                        .delete("/api/v1/admin/tenants/" + plant.tenant.id())
                        .status())
                .isEqualTo(204);
        for (String table : List.of(
                "work_orders",
                "work_order_counters",
                "work_order_checklist_items",
                "work_order_labour",
                "work_order_attachments",
                "work_order_history")) {
            assertThat(jdbc().queryForObject(
                                    "select count(*) from " + table + " where tenant_id = ?",
                                    Integer.class,
                                    plant.tenant.id()))
                    .as(table)
                    .isZero();
        }
        assertThat(jdbc().queryForObject(
                                "select count(*) from work_order_assignees where work_order_id = ?", Integer.class, id))
                .isZero();
    }

    private static Map<String, Object> body(WorkOrderTransition move, UUID assignee) {
        return switch (move) {
            case ASSIGN -> Map.of("userIds", List.of(assignee));
            case DECLINE, HOLD, CANCEL -> Map.of("reason", "because");
            default -> null;
        };
    }

    private static Map<String, Object> fields(String title, long version) {
        return Map.of("type", "CORRECTIVE", "priority", "HIGH", "title", title, "version", version);
    }

    private static UUID created(WorkOrderPlant plant, String priority, LocalDate due) {
        Map<String, Object> extra = new HashMap<>(Map.of("priority", priority));
        if (due != null) {
            extra.put("dueDate", due.toString());
        }
        return TestTenants.id(plant.create(plant.order(priority + " due " + due, extra)));
    }

    private static List<String> texts(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asString()));
        return values;
    }

    private static List<UUID> ids(Api api, String query) {
        var response = api.get(BASE + query);
        assertThat(response.status()).as(query + " " + response).isEqualTo(200);
        return ids(response.json());
    }

    private static List<UUID> ids(JsonNode page) {
        List<UUID> ids = new ArrayList<>();
        page.get("items").forEach(item -> ids.add(TestTenants.id(item)));
        return ids;
    }

    private int countWorkOrders(WorkOrderPlant plant) {
        return jdbc().queryForObject(
                        "select count(*) from work_orders where tenant_id = ?", Integer.class, plant.tenant.id());
    }

    private long countRows(String table, UUID workOrderId) {
        return jdbc().queryForObject(
                        "select count(*) from " + table + " where work_order_id = ?", Long.class, workOrderId);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
