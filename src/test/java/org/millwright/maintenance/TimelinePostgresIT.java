package org.millwright.maintenance;

import org.millwright.support.PostgresIntegrationTest;

class TimelinePostgresIT extends PostgresIntegrationTest implements TimelineContract {}
