package org.millwright.assistant;

import org.millwright.support.IntegrationTest;

class AssistantIT extends IntegrationTest implements AssistantContract {

    @Override
    public int port() {
        return port;
    }
}
