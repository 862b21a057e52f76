package org.millwright.platform;

import org.millwright.support.IntegrationTest;

class PlatformStorageIT extends IntegrationTest implements PlatformStorageContract {}
