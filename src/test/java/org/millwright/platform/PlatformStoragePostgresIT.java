package org.millwright.platform;

import org.millwright.support.PostgresIntegrationTest;

class PlatformStoragePostgresIT extends PostgresIntegrationTest implements PlatformStorageContract {}
