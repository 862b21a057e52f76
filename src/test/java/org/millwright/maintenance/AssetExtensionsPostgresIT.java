package org.millwright.maintenance;

import org.millwright.support.PostgresIntegrationTest;

class AssetExtensionsPostgresIT extends PostgresIntegrationTest implements AssetExtensionsContract {}
