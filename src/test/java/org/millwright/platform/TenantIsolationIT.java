package org.millwright.platform;

import org.millwright.support.IntegrationTest;

class TenantIsolationIT extends IntegrationTest implements TenantIsolationContract {}
