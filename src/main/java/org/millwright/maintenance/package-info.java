/**
 * The maintenance module: the asset registry (site, area, asset) that every other module refers
 * to, and work orders ({@link org.millwright.maintenance.MaintenanceFacade}, their state machine
 * and events). Its root package is its public API; {@code internal} and {@code web} are private.
 */
@ApplicationModule(displayName = "Maintenance")
package org.millwright.maintenance;

import org.springframework.modulith.ApplicationModule;
