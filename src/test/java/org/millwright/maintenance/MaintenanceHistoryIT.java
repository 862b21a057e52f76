package org.millwright.maintenance;

import org.millwright.support.IntegrationTest;

class MaintenanceHistoryIT extends IntegrationTest implements MaintenanceHistoryContract {}
