/**
 * The shared kernel: tenants, sites, users, roles, API keys, tokens, rate limits, errors, jobs,
 * audit, secrets, backup and export. An open module that every other module may use.
 */
@ApplicationModule(displayName = "Platform", type = ApplicationModule.Type.OPEN)
package org.millwright.platform;

import org.springframework.modulith.ApplicationModule;
