package org.millwright.knowledge.internal.store;

import org.millwright.support.IntegrationTest;

class IndexCheckAtStartupIT extends IntegrationTest implements IndexCheckAtStartupContract {}
