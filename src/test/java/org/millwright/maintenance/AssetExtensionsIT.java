package org.millwright.maintenance;

import org.millwright.support.IntegrationTest;

class AssetExtensionsIT extends IntegrationTest implements AssetExtensionsContract {}
