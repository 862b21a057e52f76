package org.millwright.maintenance;

import org.millwright.support.PostgresIntegrationTest;

class MaintenanceRequestPostgresIT extends PostgresIntegrationTest implements MaintenanceRequestContract {}
