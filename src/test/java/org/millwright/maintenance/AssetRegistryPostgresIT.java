package org.millwright.maintenance;

import org.millwright.support.Api;
import org.millwright.support.PostgresIntegrationTest;

class AssetRegistryPostgresIT extends PostgresIntegrationTest implements AssetRegistryContract {

    @Override
    public Api platformAdmin() {
        return admin;
    }

    @Override
    public Api anonymousClient() {
        return anonymous;
    }
}
