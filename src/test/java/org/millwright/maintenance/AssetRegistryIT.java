package org.millwright.maintenance;

import org.millwright.support.IntegrationTest;

class AssetRegistryIT extends IntegrationTest implements AssetRegistryContract {}
