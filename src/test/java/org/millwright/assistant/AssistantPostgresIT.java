package org.millwright.assistant;

import org.millwright.support.PostgresIntegrationTest;

class AssistantPostgresIT extends PostgresIntegrationTest implements AssistantContract {

    @Override
    public int port() {
        return port;
    }
}
