package org.millwright.maintenance.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.millwright.maintenance.WorkOrderPriority;
import org.millwright.maintenance.WorkOrderType;
import org.millwright.maintenance.internal.preventive.CalendarMode;
import org.millwright.maintenance.internal.preventive.CalendarUnit;
import org.millwright.maintenance.internal.preventive.GeneratedWorkOrder;
import org.millwright.maintenance.internal.preventive.PlanDefinition;
import org.millwright.maintenance.internal.preventive.PlanForecasts;
import org.millwright.maintenance.internal.preventive.PlanGenerator;
import org.millwright.maintenance.internal.preventive.PlanQuery;
import org.millwright.maintenance.internal.preventive.PlanService;
import org.millwright.maintenance.internal.preventive.PlanView;
import org.millwright.maintenance.internal.preventive.Trigger;
import org.millwright.maintenance.internal.preventive.TriggerKind;
import org.millwright.maintenance.internal.workorder.Actors;
import org.millwright.platform.web.PageResponse;
import org.millwright.platform.web.Paging;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(
        name = "Preventive plans",
        description = "Work that falls due by the calendar or by a meter, and the work orders it generates")
@RestController
@RequestMapping(PreventivePlanController.BASE)
class PreventivePlanController {

    static final String BASE = "/api/v1/maintenance/plans";
    private final PlanService plans;
    private final PlanForecasts forecasts;
    private final PlanGenerator generator;
    private final Actors actors;
    private final Paging paging;

    PreventivePlanController(
            PlanService plans, PlanForecasts forecasts, PlanGenerator generator, Actors actors, Paging paging) {
        this.plans = plans;
        this.forecasts = forecasts;
        this.generator = generator;
        this.actors = actors;
        this.paging = paging;
    }

    @Operation(summary = "Create a plan on an asset: a calendar or meter trigger, and the work order it generates")
    @PostMapping
    @PreAuthorize("hasRole('SUPERVISOR')")
    ResponseEntity<PlanView> create(@Valid @RequestBody PlanBody body) {
        PlanView plan = plans.create(body.definition());
        return ResponseEntity.created(URI.create(BASE + "/" + plan.id())).body(plan);
    }

    @Operation(summary = "Plans of the caller's plants, by name; filters assetId, siteId, active")
    @GetMapping
    @PreAuthorize("hasRole('OPERATOR')")
    PageResponse<PlanView> list(
            @RequestParam(required = false) UUID assetId,
            @RequestParam(required = false) UUID siteId,
            @RequestParam(required = false) Boolean active,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        var query = new PlanQuery(assetId, siteId, active, actors.current().siteIds());
        return PageResponse.of(plans.list(query, paging.of(page, size, Sort.by("name", "id"))));
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasRole('OPERATOR')")
    PlanView get(@PathVariable UUID id) {
        return plans.get(id);
    }

    @Operation(
            summary = "Replace a plan's definition (its asset stays); with version, a plan changed since is a 409."
                    + " Points already generated stay generated")
    @PutMapping("/{id}")
    @PreAuthorize("hasRole('SUPERVISOR')")
    PlanView update(@PathVariable UUID id, @Valid @RequestBody PlanBody body) {
        return plans.update(id, body.version(), body.definition());
    }

    @Operation(summary = "Stop a plan generating work orders (those generated stay)")
    @PostMapping("/{id}/deactivate")
    @PreAuthorize("hasRole('SUPERVISOR')")
    PlanView deactivate(@PathVariable UUID id) {
        return plans.activate(id, false);
    }

    @Operation(summary = "Start a plan again; the due points it missed while inactive become one catch-up work order")
    @PostMapping("/{id}/activate")
    @PreAuthorize("hasRole('SUPERVISOR')")
    PlanView activate(@PathVariable UUID id) {
        return plans.activate(id, true);
    }

    @Operation(summary = "Delete a plan; the work orders it generated stay")
    @DeleteMapping("/{id}")
    @PreAuthorize("hasRole('SUPERVISOR')")
    ResponseEntity<Void> delete(@PathVariable UUID id) {
        plans.delete(id);
        return ResponseEntity.noContent().build();
    }

    @Operation(
            summary = "The next due points (count 1 to 50) with their dates; a meter plan's are projected from the"
                    + " meter's use over the last 30 days, which is shown")
    @GetMapping("/{id}/forecast")
    @PreAuthorize("hasRole('OPERATOR')")
    PlanForecasts.Forecast forecast(@PathVariable UUID id, @RequestParam(defaultValue = "5") int count) {
        return forecasts.forecast(id, count);
    }

    @Operation(summary = "The work orders the plan generated, with their due points, newest first")
    @GetMapping("/{id}/work-orders")
    @PreAuthorize("hasRole('OPERATOR')")
    PageResponse<GeneratedWorkOrder> workOrders(
            @PathVariable UUID id,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        var sort = Sort.by(Sort.Order.desc("createdAt"), Sort.Order.desc("dueValue"), Sort.Order.desc("dueDate"));
        return PageResponse.of(plans.generated(id, paging.of(page, size, sort)));
    }

    @Operation(summary = "Generate this plan's due work orders now (never twice for a due point)")
    @PostMapping("/{id}/generate")
    @PreAuthorize("hasRole('SUPERVISOR')")
    PlanGenerator.PlanRun generate(@PathVariable UUID id) {
        return generator.generateVisible(id);
    }

    @Operation(summary = "Run the scheduled generation for the whole tenant now; answers the counts")
    @PostMapping("/generate")
    @PreAuthorize("hasRole('ADMIN')")
    PlanGenerator.TenantRun generateAll() {
        return generator.generateAllNow();
    }

    record PlanBody(
            UUID assetId,
            @NotBlank @Size(max = 200) String name,
            @Size(max = 4000) String description,
            WorkOrderType type,
            WorkOrderPriority priority,
            Integer estimatedMinutes,
            List<@NotBlank @Size(max = 500) String> tasks,
            @Size(max = 20) Set<@NotNull UUID> assigneeIds,
            @NotNull @Valid TriggerBody trigger,
            Long version) {

        PlanDefinition definition() {
            return new PlanDefinition(
                    assetId,
                    name,
                    description,
                    type,
                    priority,
                    estimatedMinutes,
                    tasks,
                    assigneeIds,
                    new Trigger(
                            trigger.kind(),
                            trigger.every(),
                            trigger.unit(),
                            trigger.startDate(),
                            trigger.mode(),
                            trigger.meterId(),
                            trigger.startValue(),
                            trigger.lead()));
        }
    }

    record TriggerBody(
            @NotNull TriggerKind kind,
            @NotNull BigDecimal every,
            CalendarUnit unit,
            LocalDate startDate,
            CalendarMode mode,
            UUID meterId,
            BigDecimal startValue,
            BigDecimal lead) {}
}
