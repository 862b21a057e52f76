package org.millwright.platform.jobs;

import java.time.Duration;

/**
 * Work a module has done for every tenant at a fixed interval (for example generating the
 * preventive work orders that fall due). Implementations are beans; {@link TenantTasks} runs each
 * as a JobRunr recurring job, so one node of a cluster runs it per interval, with every tenant in
 * turn set in {@code TenantContext} and no caller (the work acts as the system).
 */
public interface TenantTask {

    /** A stable name of letters, digits, dots and dashes; the recurring job is named after it. */
    String name();

    /** How often the task runs; at least a minute. */
    Duration interval();

    /** Does the work for the tenant in context. A failure is logged and does not stop the other tenants. */
    void runForTenant();
}
