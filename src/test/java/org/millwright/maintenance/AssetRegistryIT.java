package org.millwright.maintenance;

import org.millwright.support.Api;
import org.millwright.support.IntegrationTest;

class AssetRegistryIT extends IntegrationTest implements AssetRegistryContract {

    @Override
    public Api platformAdmin() {
        return admin;
    }

    @Override
    public Api anonymousClient() {
        return anonymous;
    }
}
