package org.millwright.maintenance;

import org.millwright.support.PostgresIntegrationTest;

class MaintenanceKpiPostgresIT extends PostgresIntegrationTest implements MaintenanceKpiContract {}
