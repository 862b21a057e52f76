package org.millwright.maintenance;

import org.millwright.support.IntegrationTest;

class MaintenanceRequestIT extends IntegrationTest implements MaintenanceRequestContract {}
