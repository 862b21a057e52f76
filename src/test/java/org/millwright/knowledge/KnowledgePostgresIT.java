package org.millwright.knowledge;

import org.millwright.support.PostgresIntegrationTest;

class KnowledgePostgresIT extends PostgresIntegrationTest implements KnowledgeContract {}
