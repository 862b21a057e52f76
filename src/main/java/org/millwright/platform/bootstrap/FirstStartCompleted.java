package org.millwright.platform.bootstrap;

import java.util.UUID;

/**
 * Published once, when an empty database has received its first tenant and admin. Modules that
 * load starting data (the demo plant) listen to it.
 */
public record FirstStartCompleted(UUID tenantId, boolean demo) {}
