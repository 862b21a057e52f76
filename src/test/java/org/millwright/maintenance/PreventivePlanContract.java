package org.millwright.maintenance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.millwright.maintenance.WorkOrderPlant.Person;
import org.millwright.maintenance.internal.preventive.PlanGenerator;
import org.millwright.platform.jobs.TenantTasks;
import org.millwright.platform.tenancy.TenantContext;
import org.millwright.support.Api;
import org.millwright.support.TestTenants;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Preventive plans' storage-facing behaviour, run once on H2 and once on PostgreSQL: calendar and
 * meter plans generate their due points within the horizon (14 days) once, month ends clamp,
 * floating plans count from the last completion, inactive plans generate nothing and catch up
 * with one work order, parallel runs never generate a point twice, bad input changes nothing,
 * plans of other plants look absent, and a tenant's plans are exported and deleted with it. Runs
 * at other moments call the generator with the moment they need (no waiting).
 */
public interface PreventivePlanContract {

    String PLANS = "/api/v1/maintenance/plans";

    Api platformAdmin();

    Api anonymousClient();

    JdbcTemplate jdbc();

    <T> T bean(Class<T> type);

    @Test
    default void aCalendarPlanGeneratesItsDuePointsWithinTheHorizonOnceWithItsTemplate() {
        var plant = WorkOrderPlant.create(platformAdmin(), anonymousClient(), "Calendar");
        Person tech = plant.person("Tecnico", "TECHNICIAN");
        LocalDate start = plant.today().plusDays(2);
        Map<String, Object> body = calendarPlan(plant.assetId, "Lubricate pump", 1, "WEEKS", start, null);
        body.put("description", "Grease both bearings");
        body.put("priority", "HIGH");
        body.put("estimatedMinutes", 45);
        body.put("tasks", List.of("Lock out", "Grease bearings"));
        body.put("assigneeIds", List.of(tech.id()));
        JsonNode plan = create(plant, body);
        UUID planId = TestTenants.id(plan);
        assertThat(plan.get("type").asString()).isEqualTo("PREVENTIVE");
        assertThat(plan.get("active").asBoolean()).isTrue();
        assertThat(plan.get("trigger").get("mode").asString()).isEqualTo("FIXED");
        assertThat(plan.get("siteId").asString()).isEqualTo(plant.siteId.toString());

        var forecast = plant.admin.get(PLANS + "/" + planId + "/forecast?count=3");
        assertThat(forecast.status()).as(forecast.toString()).isEqualTo(200);
        assertThat(dates(forecast.json().get("points"), "dueDate"))
                .containsExactly(
                        start.toString(),
                        start.plusWeeks(1).toString(),
                        start.plusWeeks(2).toString());
        assertThat(bools(forecast.json().get("points"), "generatedNextRun")).containsExactly(true, true, false);

        JsonNode run = generate(plant.admin, planId);
        assertThat(run.get("workOrders")).hasSize(2);
        assertThat(dueDatesOf(plant, planId)).containsExactly(start.plusWeeks(1), start);
        UUID first = TestTenants.id(run.get("workOrders").get(0));
        JsonNode wo = plant.get(first);
        assertThat(wo.get("source").asString()).isEqualTo("PREVENTIVE_PLAN");
        assertThat(wo.get("sourceRef").asString()).isEqualTo(planId.toString());
        assertThat(wo.get("title").asString()).isEqualTo("Lubricate pump");
        assertThat(wo.get("description").asString()).isEqualTo("Grease both bearings");
        assertThat(wo.get("type").asString()).isEqualTo("PREVENTIVE");
        assertThat(wo.get("priority").asString()).isEqualTo("HIGH");
        assertThat(wo.get("dueDate").asString()).isEqualTo(start.toString());
        assertThat(wo.get("reason").asString()).contains(start.toString()).contains("45 min");
        assertThat(wo.get("estimatedMinutes").asInt())
                .as("the plan's estimate counts in the backlog")
                .isEqualTo(45);
        assertThat(wo.get("status").asString()).isEqualTo("ASSIGNED");
        assertThat(wo.get("assigneeIds").get(0).asString()).isEqualTo(tech.id().toString());
        assertThat(texts(wo.get("checklist"), "task")).containsExactly("Lock out", "Grease bearings");

        assertThat(generate(plant.admin, planId).get("workOrders"))
                .as("run again")
                .isEmpty();
        var all = plant.admin.post(PLANS + "/generate", null);
        assertThat(all.status()).as(all.toString()).isEqualTo(200);
        assertThat(all.json().get("plans").asInt()).isEqualTo(1);
        assertThat(all.json().get("workOrdersCreated").asInt()).isZero();

        var aWeekLater = generateAt(plant, planId, Instant.now().plus(Duration.ofDays(7)));
        assertThat(aWeekLater.workOrders())
                .extracting(WorkOrderSummary::dueDate)
                .containsExactly(start.plusWeeks(2));
        assertThat(generateAt(plant, planId, Instant.now().plus(Duration.ofDays(7)))
                        .workOrders())
                .isEmpty();
        assertThat(countWorkOrders(planId)).isEqualTo(3);
        assertThat(countPoints(planId)).isEqualTo(3);
        var generated = plant.admin.get(PLANS + "/" + planId + "/work-orders");
        assertThat(generated.json().get("totalItems").asInt()).isEqualTo(3);
        assertThat(generated.json().get("items").get(0).get("duePoint").asString())
                .isEqualTo(start.plusWeeks(2).toString());
    }

    @Test
    default void theScheduledRunIsARecurringJobThatGeneratesEveryTenantsPlans() {
        var plant = WorkOrderPlant.create(platformAdmin(), anonymousClient(), "Scheduled");
        var other = WorkOrderPlant.create(platformAdmin(), anonymousClient(), "ScheduledToo");
        UUID here =
                TestTenants.id(create(plant, calendarPlan(plant.assetId, "Here", 1, "MONTHS", plant.today(), null)));
        UUID there =
                TestTenants.id(create(other, calendarPlan(other.assetId, "There", 1, "MONTHS", other.today(), null)));
        var recurring = bean(org.jobrunr.storage.StorageProvider.class).getRecurringJobs();
        assertThat(recurring.stream().map(org.jobrunr.jobs.RecurringJob::getId))
                .contains("tenant-task-maintenance-preventive-plans");

        assertThat(bean(TenantTasks.class).run("maintenance-preventive-plans"))
                .as("tenants failed")
                .isZero();
        assertThat(countWorkOrders(here)).isEqualTo(1);
        assertThat(countWorkOrders(there)).isEqualTo(1);
        assertThat(jdbc().queryForObject(
                                "select tenant_id from work_orders where source_ref = ?", UUID.class, there.toString()))
                .isEqualTo(other.tenant.id());
        bean(TenantTasks.class).run("maintenance-preventive-plans");
        assertThat(countWorkOrders(here)).isEqualTo(1);
    }

    @Test
    default void monthlyPlansClampToTheMonthsLastDayWithoutDrifting() {
        var plant = WorkOrderPlant.create(platformAdmin(), anonymousClient(), "MonthEnd");
        UUID planId = TestTenants.id(create(
                plant, calendarPlan(plant.assetId, "Monthly check", 1, "MONTHS", LocalDate.of(2027, 1, 31), null)));
        List<LocalDate> dues = new ArrayList<>();
        for (String now : List.of("2027-01-20T15:00:00Z", "2027-02-20T15:00:00Z", "2027-03-20T15:00:00Z")) {
            generateAt(plant, planId, Instant.parse(now)).workOrders().forEach(w -> dues.add(w.dueDate()));
        }
        assertThat(dues)
                .containsExactly(LocalDate.of(2027, 1, 31), LocalDate.of(2027, 2, 28), LocalDate.of(2027, 3, 31));
        var run = generateAt(plant, planId, Instant.parse("2027-04-20T15:00:00Z"));
        assertThat(run.workOrders()).extracting(WorkOrderSummary::dueDate).containsExactly(LocalDate.of(2027, 4, 30));
        assertThat(run.missedPoints()).isZero();
    }

    @Test
    default void aFloatingPlanCountsTheNextDueDateFromTheLastCompletion() {
        var plant = WorkOrderPlant.create(platformAdmin(), anonymousClient(), "Floating");
        Person tech = plant.person("Flor", "TECHNICIAN");
        LocalDate start = plant.today().minusDays(20);
        UUID planId = TestTenants.id(
                create(plant, calendarPlan(plant.assetId, "Filter change", 10, "DAYS", start, "FLOATING")));

        JsonNode first = generate(plant.admin, planId);
        assertThat(first.get("workOrders")).hasSize(1);
        UUID wo = TestTenants.id(first.get("workOrders").get(0));
        assertThat(plant.get(wo).get("dueDate").asString()).isEqualTo(start.toString());
        assertThat(generateAt(plant, planId, Instant.now().plus(Duration.ofDays(5)))
                        .workOrders())
                .as("nothing falls due while its work order is open")
                .isEmpty();
        JsonNode waiting =
                plant.admin.get(PLANS + "/" + planId + "/forecast?count=2").json();
        assertThat(waiting.get("waitingForWorkOrderId").asString()).isEqualTo(wo.toString());
        assertThat(bools(waiting.get("points"), "generatedNextRun")).containsExactly(false, false);

        plant.move(wo, "assign", Map.of("userIds", List.of(tech.id())));
        plant.move(wo, "accept", null);
        plant.move(wo, "start", null);
        plant.move(wo, "complete", Map.of("notes", "done late"));
        JsonNode next = generate(plant.admin, planId);
        assertThat(next.get("workOrders")).hasSize(1);
        assertThat(next.get("workOrders").get(0).get("dueDate").asString())
                .as("ten days after the completion, not after the due date")
                .isEqualTo(plant.today().plusDays(10).toString());
        assertThat(generate(plant.admin, planId).get("workOrders")).isEmpty();
    }

    @Test
    default void aMeterPlanProjectsFromReadingsAndGeneratesWhenWithinTheHorizon() {
        var plant = WorkOrderPlant.create(platformAdmin(), anonymousClient(), "Meter");
        String meterPath = "/api/v1/maintenance/assets/" + plant.assetId + "/meters";
        UUID meter = TestTenants.id(created(plant.admin.post(meterPath, Map.of("name", "Hours", "kind", "hours"))));
        Instant now = Instant.now();
        reading(plant, meter, 1000, now.minus(Duration.ofDays(20)));
        reading(plant, meter, 1100, now.minus(Duration.ofDays(10)));
        reading(plant, meter, 1200, now.minusSeconds(5));
        UUID planId = TestTenants.id(create(plant, meterPlan(plant.assetId, "Oil change", meter, 250, 1000, null)));

        JsonNode forecast =
                plant.admin.get(PLANS + "/" + planId + "/forecast?count=3").json();
        assertThat(forecast.get("usage").get("currentValue").asDouble()).isEqualTo(1200);
        assertThat(forecast.get("usage").get("averageDailyUse").asDouble()).isCloseTo(10, within(0.01));
        assertThat(texts(forecast.get("points"), "duePoint")).containsExactly("meter:1250", "meter:1500", "meter:1750");
        assertThat(bools(forecast.get("points"), "generatedNextRun")).containsExactly(true, false, false);
        assertThat(bools(forecast.get("points"), "projected")).containsExactly(true, true, true);
        assertThat(LocalDate.parse(forecast.get("points").get(1).get("dueDate").asString()))
                .isBetween(plant.today().plusDays(29), plant.today().plusDays(31));

        JsonNode run = generate(plant.admin, planId);
        assertThat(run.get("workOrders")).hasSize(1);
        LocalDate due =
                LocalDate.parse(run.get("workOrders").get(0).get("dueDate").asString());
        assertThat(due)
                .as("50 h at 10 h a day")
                .isBetween(plant.today().plusDays(4), plant.today().plusDays(6));
        assertThat(plant.get(TestTenants.id(run.get("workOrders").get(0)))
                        .get("reason")
                        .asString())
                .contains("1250 h")
                .contains("projected");
        assertThat(generate(plant.admin, planId).get("workOrders")).isEmpty();

        reading(plant, meter, 1480, Instant.now());
        JsonNode faster = generate(plant.admin, planId);
        assertThat(faster.get("workOrders"))
                .as("at 24 h a day, 1500 h is a day away and 1750 h 11 days; 2000 h is beyond the horizon")
                .hasSize(2);
        JsonNode points = plant.admin.get(PLANS + "/" + planId + "/work-orders").json();
        assertThat(texts(points.get("items"), "duePoint")).containsExactly("meter:1750", "meter:1500", "meter:1250");

        UUID catchUp = TestTenants.id(create(plant, meterPlan(plant.assetId, "Check belts", meter, 400, 0, null)));
        JsonNode caught = generate(plant.admin, catchUp);
        assertThat(caught.get("missedPoints").asInt()).as("400 h and 800 h").isEqualTo(2);
        assertThat(caught.get("workOrders").get(0).get("dueDate").asString())
                .isEqualTo(plant.today().toString());
        assertThat(texts(
                        plant.admin
                                .get(PLANS + "/" + catchUp + "/work-orders")
                                .json()
                                .get("items"),
                        "duePoint"))
                .containsExactlyInAnyOrder("meter:1200", "meter:1600");

        UUID idle = TestTenants.id(created(plant.admin.post(meterPath, Map.of("name", "Cycles", "kind", "cycles"))));
        reading(plant, idle, 1460, Instant.now());
        UUID withLead = TestTenants.id(create(plant, meterPlan(plant.assetId, "Lead", idle, 500, 1000, 50)));
        UUID withoutLead = TestTenants.id(create(plant, meterPlan(plant.assetId, "No lead", idle, 500, 1000, null)));
        JsonNode lead = generate(plant.admin, withLead);
        assertThat(lead.get("workOrders")).as("within 50 of 1500").hasSize(1);
        assertThat(lead.get("workOrders").get(0).get("dueDate").asString())
                .as("no daily use known: due the day it is created")
                .isEqualTo(plant.today().toString());
        assertThat(generate(plant.admin, withoutLead).get("workOrders"))
                .as("a single reading gives no projection")
                .isEmpty();
    }

    @Test
    default void anInactivePlanGeneratesNothingAndReactivatedCatchesUpWithOneWorkOrder() {
        var plant = WorkOrderPlant.create(platformAdmin(), anonymousClient(), "Inactive");
        LocalDate start = plant.today().plusDays(1);
        UUID planId =
                TestTenants.id(create(plant, calendarPlan(plant.assetId, "Inspect guards", 1, "WEEKS", start, null)));
        assertThat(generate(plant.admin, planId).get("workOrders")).hasSize(2);
        var off = plant.admin.post(PLANS + "/" + planId + "/deactivate", null);
        assertThat(off.status()).as(off.toString()).isEqualTo(200);
        assertThat(off.json().get("active").asBoolean()).isFalse();

        Instant later = Instant.now().plus(Duration.ofDays(91));
        assertThat(generateAt(plant, planId, later).workOrders()).isEmpty();
        assertThat(generate(plant.admin, planId).get("workOrders")).isEmpty();
        assertThat(plant.admin
                        .get(PLANS + "?active=false")
                        .json()
                        .get("totalItems")
                        .asInt())
                .isEqualTo(1);
        assertThat(bools(
                        plant.admin
                                .get(PLANS + "/" + planId + "/forecast")
                                .json()
                                .get("points"),
                        "generatedNextRun"))
                .containsOnly(false);
        assertThat(countWorkOrders(planId)).isEqualTo(2);

        assertThat(plant.admin
                        .post(PLANS + "/" + planId + "/activate", null)
                        .json()
                        .get("active")
                        .asBoolean())
                .isTrue();
        LocalDate laterDay = LocalDate.ofInstant(later, WorkOrderPlant.ZONE);
        LocalDate horizonEnd = LocalDate.ofInstant(later.plus(Duration.ofDays(14)), WorkOrderPlant.ZONE);
        List<LocalDate> schedule = new ArrayList<>();
        for (LocalDate d = start; !d.isAfter(horizonEnd); d = d.plusWeeks(1)) {
            schedule.add(d);
        }
        List<LocalDate> missed = schedule.stream()
                .filter(d -> d.isAfter(start.plusWeeks(1)) && d.isBefore(laterDay))
                .toList();
        List<LocalDate> coming =
                schedule.stream().filter(d -> !d.isBefore(laterDay)).toList();
        var caughtUp = generateAt(plant, planId, later);
        assertThat(caughtUp.missedPoints()).isEqualTo(missed.size() - 1).isGreaterThan(8);
        List<LocalDate> expected = new ArrayList<>(List.of(missed.getLast()));
        expected.addAll(coming);
        assertThat(caughtUp.workOrders()).extracting(WorkOrderSummary::dueDate).containsExactlyElementsOf(expected);
        assertThat(countWorkOrders(planId)).isEqualTo(2 + expected.size());
        JsonNode first = plant.admin
                .get(PLANS + "/" + planId + "/work-orders?size=200")
                .json()
                .get("items");
        assertThat(texts(first, "missedPoints")).contains(String.valueOf(missed.size() - 1));
    }

    @Test
    default void parallelRunsGenerateEachDuePointOnce() throws Exception {
        var plant = WorkOrderPlant.create(platformAdmin(), anonymousClient(), "Parallel");
        List<UUID> planIds = new ArrayList<>();
        for (String name : List.of("Daily A", "Daily B", "Daily C")) {
            planIds.add(
                    TestTenants.id(create(plant, calendarPlan(plant.assetId, name, 1, "DAYS", plant.today(), null))));
        }
        UUID planId = planIds.getFirst();
        int threads = 4;
        CountDownLatch ready = new CountDownLatch(threads);
        List<Callable<Integer>> runs = List.of(
                () -> {
                    await(ready);
                    return plant.admin
                            .post(PLANS + "/" + planId + "/generate", null)
                            .status();
                },
                () -> {
                    await(ready);
                    return plant.admin.post(PLANS + "/generate", null).status();
                },
                () -> {
                    await(ready);
                    generateAt(plant, planId, Instant.now());
                    return 200;
                },
                () -> {
                    await(ready);
                    TenantContext.call(
                            plant.tenant.id(), () -> bean(PlanGenerator.class).generateAll(Instant.now()));
                    return 200;
                });
        List<Integer> statuses = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            List<Future<Integer>> futures = new ArrayList<>();
            for (Callable<Integer> run : runs) {
                futures.add(pool.submit(() -> {
                    ready.countDown();
                    return run.call();
                }));
            }
            for (Future<Integer> future : futures) {
                statuses.add(future.get());
            }
        }
        assertThat(statuses).containsOnly(200);
        for (UUID id : planIds) {
            assertThat(countWorkOrders(id)).as("today and the next 14 days").isEqualTo(15);
            assertThat(countPoints(id)).isEqualTo(15);
            assertThat(jdbc().queryForObject(
                                    "select count(distinct due_date) from work_orders where source_ref = ?",
                                    Integer.class,
                                    id.toString()))
                    .isEqualTo(15);
        }
        List<String> numbers = jdbc().queryForList(
                        "select wo_number from work_orders where tenant_id = ?", String.class, plant.tenant.id());
        assertThat(numbers).hasSize(45).doesNotHaveDuplicates();
    }

    @Test
    default void badInputIsRefusedAndChangesNothing() {
        var plant = WorkOrderPlant.create(platformAdmin(), anonymousClient(), "BadPlans");
        UUID otherAsset = plant.asset(plant.siteId, "O-" + WorkOrderPlant.unique());
        String meters = "/api/v1/maintenance/assets/";
        UUID otherMeter = TestTenants.id(
                created(plant.admin.post(meters + otherAsset + "/meters", Map.of("name", "Hours", "kind", "hours"))));
        UUID meter = TestTenants.id(created(
                plant.admin.post(meters + plant.assetId + "/meters", Map.of("name", "Hours", "kind", "hours"))));
        Person operator = plant.person("Opera", "OPERATOR");
        Person technician = plant.person("Tecla", "TECHNICIAN");
        Person supervisor = plant.person("Super", "SUPERVISOR");
        LocalDate start = plant.today().plusDays(30);
        JsonNode plan = create(plant, calendarPlan(plant.assetId, "Valid", 1, "MONTHS", start, null));
        UUID planId = TestTenants.id(plan);
        String before = plant.admin.get(PLANS + "/" + planId).text();
        int plans = countPlans(plant);

        Map<String, Api.Response> invalid = new LinkedHashMap<>();
        invalid.put("every 0", post(plant, calendarPlan(plant.assetId, "x", 0, "DAYS", start, null)));
        invalid.put(
                "every 1.5 days",
                post(plant, with(calendarPlan(plant.assetId, "x", 1, "DAYS", start, null), "every", 1.5)));
        invalid.put("every 1001", post(plant, calendarPlan(plant.assetId, "x", 1001, "DAYS", start, null)));
        invalid.put(
                "no unit", post(plant, with(calendarPlan(plant.assetId, "x", 1, "DAYS", start, null), "unit", null)));
        invalid.put(
                "bad unit",
                post(plant, with(calendarPlan(plant.assetId, "x", 1, "DAYS", start, null), "unit", "YEARS")));
        invalid.put(
                "no start",
                post(plant, with(calendarPlan(plant.assetId, "x", 1, "DAYS", start, null), "startDate", null)));
        invalid.put(
                "start in 1900",
                post(plant, with(calendarPlan(plant.assetId, "x", 1, "DAYS", start, null), "startDate", "1900-01-01")));
        invalid.put(
                "calendar with a meter",
                post(plant, with(calendarPlan(plant.assetId, "x", 1, "DAYS", start, null), "meterId", meter)));
        invalid.put("no trigger", post(plant, Map.of("assetId", plant.assetId, "name", "x")));
        invalid.put(
                "no kind", post(plant, with(calendarPlan(plant.assetId, "x", 1, "DAYS", start, null), "kind", null)));
        invalid.put("meter plan without meter", post(plant, meterPlan(plant.assetId, "x", null, 750, 0, null)));
        invalid.put("meter every 0", post(plant, meterPlan(plant.assetId, "x", meter, 0, 0, null)));
        invalid.put("negative start value", post(plant, meterPlan(plant.assetId, "x", meter, 750, -1, null)));
        invalid.put("lead as long as the interval", post(plant, meterPlan(plant.assetId, "x", meter, 750, 0, 750)));
        invalid.put("four decimals", post(plant, meterPlan(plant.assetId, "x", meter, 0.0001, 0, null)));
        invalid.put(
                "meter with a unit",
                post(plant, with(meterPlan(plant.assetId, "x", meter, 750, 0, null), "unit", "DAYS")));
        invalid.put(
                "corrective",
                post(plant, with(calendarPlan(plant.assetId, "x", 1, "DAYS", start, null), "type", "CORRECTIVE")));
        invalid.put("unknown asset", post(plant, calendarPlan(UUID.randomUUID(), "x", 1, "DAYS", start, null)));
        invalid.put(
                "no asset",
                post(plant, with(calendarPlan(plant.assetId, "x", 1, "DAYS", start, null), "assetId", null)));
        invalid.put("blank name", post(plant, calendarPlan(plant.assetId, " ", 1, "DAYS", start, null)));
        invalid.put("long name", post(plant, calendarPlan(plant.assetId, "x".repeat(201), 1, "DAYS", start, null)));
        invalid.put(
                "blank task",
                post(plant, with(calendarPlan(plant.assetId, "x", 1, "DAYS", start, null), "tasks", List.of(" "))));
        invalid.put(
                "zero minutes",
                post(plant, with(calendarPlan(plant.assetId, "x", 1, "DAYS", start, null), "estimatedMinutes", 0)));
        invalid.put(
                "unknown assignee",
                post(
                        plant,
                        with(
                                calendarPlan(plant.assetId, "x", 1, "DAYS", start, null),
                                "assigneeIds",
                                List.of(UUID.randomUUID()))));
        invalid.put(
                "operator as assignee",
                post(
                        plant,
                        with(
                                calendarPlan(plant.assetId, "x", 1, "DAYS", start, null),
                                "assigneeIds",
                                List.of(operator.id()))));
        invalid.put("malformed", plant.admin.send("POST", PLANS, "{\"name\":", "application/json"));
        invalid.put("forecast of 0", plant.admin.get(PLANS + "/" + planId + "/forecast?count=0"));
        invalid.put("forecast of 51", plant.admin.get(PLANS + "/" + planId + "/forecast?count=51"));
        invalid.put(
                "update to another asset",
                plant.admin.put(PLANS + "/" + planId, calendarPlan(otherAsset, "x", 1, "DAYS", start, null)));
        invalid.put(
                "update to every 0",
                plant.admin.put(PLANS + "/" + planId, calendarPlan(null, "x", 0, "DAYS", start, null)));
        invalid.forEach((what, response) -> {
            assertThat(response.status()).as(what + ": " + response).isEqualTo(400);
            assertThat(response.json().get("type").asString()).as(what).startsWith("urn:millwright:problem:");
        });

        Map<String, Api.Response> unprocessable = new LinkedHashMap<>();
        unprocessable.put(
                "meter of another asset", post(plant, meterPlan(plant.assetId, "x", otherMeter, 750, 0, null)));
        unprocessable.put("unknown meter", post(plant, meterPlan(plant.assetId, "x", UUID.randomUUID(), 750, 0, null)));
        unprocessable.put(
                "six tasks",
                post(
                        plant,
                        with(
                                calendarPlan(plant.assetId, "x", 1, "DAYS", start, null),
                                "tasks",
                                List.of("1", "2", "3", "4", "5", "6"))));
        unprocessable.forEach((what, response) ->
                assertThat(response.status()).as(what + ": " + response).isEqualTo(422));

        var stale = plant.admin.put(
                PLANS + "/" + planId, with(calendarPlan(null, "Stale", 1, "DAYS", start, null), "version", 99));
        assertThat(stale.status()).as(stale.toString()).isEqualTo(409);
        assertThat(operator.api()
                        .post(PLANS, calendarPlan(plant.assetId, "x", 1, "DAYS", start, null))
                        .status())
                .isEqualTo(403);
        assertThat(technician
                        .api()
                        .post(PLANS + "/" + planId + "/generate", null)
                        .status())
                .isEqualTo(403);
        assertThat(technician.api().delete(PLANS + "/" + planId).status()).isEqualTo(403);
        assertThat(supervisor.api().post(PLANS + "/generate", null).status())
                .as("admins only")
                .isEqualTo(403);
        assertThat(operator.api().get(PLANS + "/" + planId).status()).isEqualTo(200);
        assertThat(operator.api().get(PLANS + "/" + planId + "/forecast").status())
                .isEqualTo(200);

        assertThat(countPlans(plant)).isEqualTo(plans);
        assertThat(plant.admin.get(PLANS + "/" + planId).text()).isEqualTo(before);
        assertThat(countWorkOrders(planId)).isZero();

        var spanish = plant.admin.spanish().post(PLANS, meterPlan(plant.assetId, "x", otherMeter, 750, 0, null));
        assertThat(spanish.json().get("detail").asString()).contains("pertenece a otro activo");
        var english = plant.admin.post(PLANS, calendarPlan(plant.assetId, "x", 0, "DAYS", start, null));
        assertThat(english.json().get("detail").asString()).contains("whole number from 1 to 1,000");
    }

    @Test
    default void plansOfAnotherPlantLookAbsentAndListsFilter() {
        var plant = WorkOrderPlant.create(platformAdmin(), anonymousClient(), "PlanSites");
        UUID south = plant.site("SUR", "America/Santiago");
        UUID southAsset = plant.asset(south, "S-" + WorkOrderPlant.unique());
        Person southSupervisor = plant.person("Sur", "SUPERVISOR", south);
        LocalDate start = plant.today().plusDays(1);
        UUID here = TestTenants.id(create(plant, calendarPlan(plant.assetId, "Main plant", 1, "WEEKS", start, null)));
        Api sur = southSupervisor.api();
        var there = sur.post(PLANS, calendarPlan(southAsset, "South plant", 1, "WEEKS", start, null));
        assertThat(there.status()).as(there.toString()).isEqualTo(201);
        UUID thereId = TestTenants.id(there.json());

        assertThat(sur.get(PLANS + "/" + here).status()).isEqualTo(404);
        assertThat(sur.get(PLANS + "/" + here + "/forecast").status()).isEqualTo(404);
        assertThat(sur.get(PLANS + "/" + here + "/work-orders").status()).isEqualTo(404);
        assertThat(sur.post(PLANS + "/" + here + "/generate", null).status()).isEqualTo(404);
        assertThat(sur.post(PLANS + "/" + here + "/deactivate", null).status()).isEqualTo(404);
        assertThat(sur.put(PLANS + "/" + here, calendarPlan(null, "Taken", 1, "DAYS", start, null))
                        .status())
                .isEqualTo(404);
        assertThat(sur.delete(PLANS + "/" + here).status()).isEqualTo(404);
        var onMainAsset = sur.post(PLANS, calendarPlan(plant.assetId, "Sneaky", 1, "WEEKS", start, null));
        assertThat(onMainAsset.status()).as(onMainAsset.toString()).isEqualTo(400);
        assertThat(ids(sur.get(PLANS).json())).containsExactly(thereId);
        assertThat(countWorkOrders(here)).isZero();

        assertThat(ids(plant.admin.get(PLANS).json())).containsExactly(here, thereId);
        assertThat(ids(plant.admin.get(PLANS + "?siteId=" + south).json())).containsExactly(thereId);
        assertThat(ids(plant.admin.get(PLANS + "?assetId=" + plant.assetId).json()))
                .containsExactly(here);
        assertThat(ids(plant.admin.get(PLANS + "?active=true&size=1").json())).hasSize(1);
        assertThat(plant.admin
                        .get(PLANS + "?active=true&size=1")
                        .json()
                        .get("totalItems")
                        .asInt())
                .isEqualTo(2);
        assertThat(plant.admin.get(PLANS + "?size=0").status()).isEqualTo(400);

        var edited = sur.put(
                PLANS + "/" + thereId,
                with(calendarPlan(null, "South plant, monthly", 1, "MONTHS", start, null), "version", 0));
        assertThat(edited.status()).as(edited.toString()).isEqualTo(200);
        assertThat(edited.json().get("trigger").get("unit").asString()).isEqualTo("MONTHS");
        assertThat(edited.json().get("version").asLong()).isEqualTo(1);
        assertThat(sur.delete(PLANS + "/" + thereId).status()).isEqualTo(204);
        assertThat(sur.get(PLANS + "/" + thereId).status()).isEqualTo(404);
    }

    @Test
    default void aTenantsPlansAreExportedAndDeletedWithIt() throws Exception {
        var plant = WorkOrderPlant.create(platformAdmin(), anonymousClient(), "PlansGone");
        Person tech = plant.person("Gus", "TECHNICIAN");
        Map<String, Object> body = calendarPlan(plant.assetId, "Exported plan", 1, "WEEKS", plant.today(), null);
        body.put("tasks", List.of("Look", "Listen"));
        body.put("assigneeIds", List.of(tech.id()));
        UUID planId = TestTenants.id(create(plant, body));
        assertThat(generate(plant.admin, planId).get("workOrders")).hasSize(3);

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
        String folder = "maintenance/preventive-plans/";
        assertThat(files.get(folder + "preventive_plans.json")).contains("Exported plan");
        assertThat(files.get(folder + "preventive_plan_tasks.json")).contains("Listen");
        assertThat(files.get(folder + "preventive_plan_assignees.json"))
                .contains(tech.id().toString());
        assertThat(files.get(folder + "preventive_plan_points.json"))
                .contains(plant.today().toString());

        assertThat(platformAdmin()
                        .delete("/api/v1/admin/tenants/" + plant.tenant.id())
                        .status())
                .isEqualTo(204);
        for (String table : List.of("preventive_plans", "preventive_plan_points", "work_orders")) {
            assertThat(jdbc().queryForObject(
                                    "select count(*) from " + table + " where tenant_id = ?",
                                    Integer.class,
                                    plant.tenant.id()))
                    .as(table)
                    .isZero();
        }
        assertThat(jdbc().queryForObject(
                                "select count(*) from preventive_plan_tasks where plan_id = ?", Integer.class, planId))
                .isZero();
    }

    // ---- helpers

    static Map<String, Object> calendarPlan(
            UUID assetId, String name, Number every, String unit, LocalDate start, String mode) {
        Map<String, Object> trigger = new HashMap<>();
        trigger.put("kind", "CALENDAR");
        trigger.put("every", every);
        trigger.put("unit", unit);
        trigger.put("startDate", start.toString());
        if (mode != null) {
            trigger.put("mode", mode);
        }
        Map<String, Object> body = new HashMap<>();
        if (assetId != null) {
            body.put("assetId", assetId);
        }
        body.put("name", name);
        body.put("trigger", trigger);
        return body;
    }

    static Map<String, Object> meterPlan(
            UUID assetId, String name, UUID meterId, Number every, Number startValue, Number lead) {
        Map<String, Object> trigger = new HashMap<>();
        trigger.put("kind", "METER");
        trigger.put("every", every);
        trigger.put("startValue", startValue);
        if (meterId != null) {
            trigger.put("meterId", meterId);
        }
        if (lead != null) {
            trigger.put("lead", lead);
        }
        Map<String, Object> body = new HashMap<>();
        body.put("assetId", assetId);
        body.put("name", name);
        body.put("trigger", trigger);
        return body;
    }

    /** The body with one field (of the plan, or of its trigger when the trigger has it) set or removed. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> with(Map<String, Object> body, String field, Object value) {
        Map<String, Object> trigger = new HashMap<>((Map<String, Object>) body.get("trigger"));
        Map<String, Object> copy = new HashMap<>(body);
        Map<String, Object> target =
                List.of("kind", "every", "unit", "startDate", "mode", "meterId", "startValue", "lead")
                                .contains(field)
                        ? trigger
                        : copy;
        if (value == null) {
            target.remove(field);
        } else {
            target.put(field, value);
        }
        copy.put("trigger", trigger);
        return copy;
    }

    private static Api.Response post(WorkOrderPlant plant, Map<String, Object> body) {
        return plant.admin.post(PLANS, body);
    }

    private static JsonNode create(WorkOrderPlant plant, Map<String, Object> body) {
        return created(post(plant, body));
    }

    private static JsonNode created(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.json();
    }

    private static JsonNode generate(Api api, UUID planId) {
        var run = api.post(PLANS + "/" + planId + "/generate", null);
        assertThat(run.status()).as(run.toString()).isEqualTo(200);
        return run.json();
    }

    /** A run of one plan as the scheduled run would do it at {@code now}. */
    private PlanGenerator.PlanRun generateAt(WorkOrderPlant plant, UUID planId, Instant now) {
        return TenantContext.call(
                plant.tenant.id(), () -> bean(PlanGenerator.class).generate(planId, now));
    }

    private static void reading(WorkOrderPlant plant, UUID meter, double value, Instant at) {
        var sent = plant.admin.post(
                "/api/v1/maintenance/assets/" + plant.assetId + "/meters/" + meter + "/readings",
                Map.of("value", value, "readAt", at.toString()));
        assertThat(sent.status()).as(sent.toString()).isEqualTo(201);
    }

    private static List<LocalDate> dueDatesOf(WorkOrderPlant plant, UUID planId) {
        var page = plant.admin.get(PLANS + "/" + planId + "/work-orders");
        assertThat(page.status()).as(page.toString()).isEqualTo(200);
        List<LocalDate> dates = new ArrayList<>();
        page.json()
                .get("items")
                .forEach(i -> dates.add(
                        LocalDate.parse(i.get("workOrder").get("dueDate").asString())));
        return dates;
    }

    private static List<String> dates(JsonNode array, String field) {
        return texts(array, field);
    }

    private static List<String> texts(JsonNode array, String field) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.get(field).asString()));
        return values;
    }

    private static List<Boolean> bools(JsonNode array, String field) {
        List<Boolean> values = new ArrayList<>();
        array.forEach(v -> values.add(v.get(field).asBoolean()));
        return values;
    }

    private static List<UUID> ids(JsonNode page) {
        List<UUID> ids = new ArrayList<>();
        page.get("items").forEach(item -> ids.add(TestTenants.id(item)));
        return ids;
    }

    private static org.assertj.core.data.Offset<Double> within(double offset) {
        return org.assertj.core.data.Offset.offset(offset);
    }

    private int countWorkOrders(UUID planId) {
        return jdbc().queryForObject(
                        "select count(*) from work_orders where source = 'PREVENTIVE_PLAN' and source_ref = ?",
                        Integer.class,
                        planId.toString());
    }

    private int countPoints(UUID planId) {
        return jdbc().queryForObject(
                        "select count(*) from preventive_plan_points where plan_id = ?", Integer.class, planId);
    }

    private int countPlans(WorkOrderPlant plant) {
        return jdbc().queryForObject(
                        "select count(*) from preventive_plans where tenant_id = ?", Integer.class, plant.tenant.id());
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
