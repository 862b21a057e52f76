package org.millwright.knowledge.internal.store;

import org.millwright.support.PostgresIntegrationTest;

class IndexCheckAtStartupPostgresIT extends PostgresIntegrationTest implements IndexCheckAtStartupContract {}
