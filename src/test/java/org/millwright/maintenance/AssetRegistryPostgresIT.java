package org.millwright.maintenance;

import org.millwright.support.PostgresIntegrationTest;

class AssetRegistryPostgresIT extends PostgresIntegrationTest implements AssetRegistryContract {}
