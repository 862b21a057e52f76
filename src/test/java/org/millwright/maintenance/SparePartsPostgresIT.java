package org.millwright.maintenance;

import org.millwright.support.PostgresIntegrationTest;

class SparePartsPostgresIT extends PostgresIntegrationTest implements SparePartsContract {}
