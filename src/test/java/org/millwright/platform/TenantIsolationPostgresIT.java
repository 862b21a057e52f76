package org.millwright.platform;

import org.millwright.support.PostgresIntegrationTest;

class TenantIsolationPostgresIT extends PostgresIntegrationTest implements TenantIsolationContract {}
