package org.millwright.maintenance;

import org.millwright.support.PostgresIntegrationTest;

class WorkOrderPostgresIT extends PostgresIntegrationTest implements WorkOrderContract {}
