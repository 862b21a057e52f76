/**
 * The monitoring module: machines' sensors and signals (clip upload, HTTP telemetry, MQTT), feature
 * extraction from sound and vibration, per-machine anomaly models (Isolation Forest), alarms with
 * dedup, hysteresis and escalation, the live stream and the simulator. Its root package is its
 * public API; {@code internal} and {@code web} are private. Machines are the maintenance module's
 * assets; alarms open work orders through {@code MaintenanceFacade}.
 */
@ApplicationModule(
        displayName = "Monitoring",
        allowedDependencies = {"platform", "maintenance"})
package org.millwright.monitoring;

import org.springframework.modulith.ApplicationModule;
