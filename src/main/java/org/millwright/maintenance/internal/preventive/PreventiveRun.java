package org.millwright.maintenance.internal.preventive;

import java.time.Clock;
import java.time.Duration;
import org.millwright.maintenance.internal.MaintenanceSettings;
import org.millwright.platform.jobs.TenantTask;
import org.millwright.platform.tenancy.TenantContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** The scheduled generation of preventive work orders, every {@code preventive.check-interval}, per tenant. */
@Component
class PreventiveRun implements TenantTask {

    private static final Logger log = LoggerFactory.getLogger(PreventiveRun.class);
    private final PlanGenerator generator;
    private final MaintenanceSettings settings;
    private final Clock clock;

    PreventiveRun(PlanGenerator generator, MaintenanceSettings settings, Clock clock) {
        this.generator = generator;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "maintenance-preventive-plans";
    }

    @Override
    public Duration interval() {
        return settings.preventive().checkInterval();
    }

    @Override
    public void runForTenant() {
        PlanGenerator.TenantRun run = generator.generateAll(clock.instant());
        if (run.workOrdersCreated() > 0 || run.failedPlans() > 0) {
            log.info(
                    "Preventive plans of tenant {}: {} work order(s) generated, {} missed point(s) caught up,"
                            + " {} plan(s) failed",
                    TenantContext.require(),
                    run.workOrdersCreated(),
                    run.missedPoints(),
                    run.failedPlans());
        }
    }
}
