package org.millwright.maintenance;

import org.millwright.support.IntegrationTest;

class WorkOrderIT extends IntegrationTest implements WorkOrderContract {}
