package org.millwright.platform;

import org.millwright.support.Api;
import org.millwright.support.PostgresIntegrationTest;

class TenantIsolationPostgresIT extends PostgresIntegrationTest implements TenantIsolationContract {

    @Override
    public Api platformAdmin() {
        return admin;
    }

    @Override
    public Api anonymousClient() {
        return anonymous;
    }
}
