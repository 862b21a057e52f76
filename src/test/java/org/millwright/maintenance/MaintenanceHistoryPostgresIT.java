package org.millwright.maintenance;

import org.millwright.support.PostgresIntegrationTest;

class MaintenanceHistoryPostgresIT extends PostgresIntegrationTest implements MaintenanceHistoryContract {}
