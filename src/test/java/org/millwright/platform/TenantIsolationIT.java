package org.millwright.platform;

import org.millwright.support.Api;
import org.millwright.support.IntegrationTest;

class TenantIsolationIT extends IntegrationTest implements TenantIsolationContract {

    @Override
    public Api platformAdmin() {
        return admin;
    }

    @Override
    public Api anonymousClient() {
        return anonymous;
    }
}
