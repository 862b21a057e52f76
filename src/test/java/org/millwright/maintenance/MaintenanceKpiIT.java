package org.millwright.maintenance;

import org.millwright.support.IntegrationTest;

class MaintenanceKpiIT extends IntegrationTest implements MaintenanceKpiContract {}
