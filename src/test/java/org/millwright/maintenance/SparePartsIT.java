package org.millwright.maintenance;

import org.millwright.support.IntegrationTest;

class SparePartsIT extends IntegrationTest implements SparePartsContract {}
