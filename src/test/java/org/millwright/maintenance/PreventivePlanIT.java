package org.millwright.maintenance;

import org.millwright.support.IntegrationTest;

class PreventivePlanIT extends IntegrationTest implements PreventivePlanContract {}
