package org.millwright.maintenance;

import org.millwright.support.IntegrationTest;

class TimelineIT extends IntegrationTest implements TimelineContract {}
