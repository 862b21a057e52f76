package org.millwright.assistant.internal.conversation;

import java.time.Clock;
import java.time.Duration;
import org.millwright.assistant.internal.AssistantSettings;
import org.millwright.platform.jobs.TenantTask;
import org.millwright.platform.tenancy.TenantContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Deletes, every {@code conversations.retention-check-interval} and per tenant, the conversations
 * (and their turns) created longer than {@code conversations.retention} ago.
 */
@Component
class ConversationRetention implements TenantTask {

    private static final Logger log = LoggerFactory.getLogger(ConversationRetention.class);
    private static final int BATCH = 500;
    private final Conversations conversations;
    private final AssistantSettings settings;
    private final Clock clock;

    ConversationRetention(Conversations conversations, AssistantSettings settings, Clock clock) {
        this.conversations = conversations;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "assistant-conversation-retention";
    }

    @Override
    public Duration interval() {
        return settings.conversations().retentionCheckInterval();
    }

    @Override
    public void runForTenant() {
        int deleted = purge();
        if (deleted > 0) {
            log.info(
                    "Deleted {} conversation(s) of tenant {} older than {}",
                    deleted,
                    TenantContext.require(),
                    settings.conversations().retention());
        }
    }

    /** Deletes the tenant's expired conversations; returns how many. */
    int purge() {
        var before = clock.instant().minus(settings.conversations().retention());
        int total = 0;
        int deleted;
        do {
            deleted = conversations.deleteCreatedBefore(before, BATCH);
            total += deleted;
        } while (deleted == BATCH);
        return total;
    }
}
