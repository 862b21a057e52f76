package org.millwright.maintenance;

import org.millwright.support.PostgresIntegrationTest;

class PreventivePlanPostgresIT extends PostgresIntegrationTest implements PreventivePlanContract {}
