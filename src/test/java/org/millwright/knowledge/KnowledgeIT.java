package org.millwright.knowledge;

import org.millwright.support.IntegrationTest;

class KnowledgeIT extends IntegrationTest implements KnowledgeContract {}
