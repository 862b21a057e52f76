package org.millwright.assistant;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.millwright.assistant.internal.AnsweredTurn;
import org.millwright.assistant.internal.AnsweredTurns;
import org.millwright.platform.tenancy.TenantContext;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * Answers for feedback tests, kept in memory per tenant: the tests give feedback on answers they
 * put here, independently of how conversations store theirs. Primary, so it wins over the
 * conversations' own implementation in the contexts that import it.
 */
public class TestAnsweredTurns implements AnsweredTurns {

    private final Map<UUID, Stored> turns = new ConcurrentHashMap<>();

    private record Stored(UUID tenantId, AnsweredTurn turn) {}

    /** Stores an answer of {@code tenantId} and returns it. */
    public AnsweredTurn add(UUID tenantId, UUID ownerId, UUID assetId, String assetType, List<UUID> cited) {
        var turn = new AnsweredTurn(
                UUID.randomUUID(),
                UUID.randomUUID(),
                ownerId,
                assetId,
                assetType,
                "How do I stop the seal leaking?",
                "Replace the mechanical seal and check the alignment [1].",
                "en",
                cited,
                false,
                java.time.Instant.now());
        turns.put(turn.turnId(), new Stored(tenantId, turn));
        return turn;
    }

    @Override
    public Optional<AnsweredTurn> find(UUID conversationId, UUID turnId) {
        Stored stored = turns.get(turnId);
        return stored == null
                        || !stored.tenantId().equals(TenantContext.require())
                        || !stored.turn().conversationId().equals(conversationId)
                ? Optional.empty()
                : Optional.of(stored.turn());
    }

    /** Import into a test class ({@code @Import(TestAnsweredTurns.Config.class)}). */
    @TestConfiguration
    public static class Config {
        @Bean
        @Primary
        TestAnsweredTurns testAnsweredTurns() {
            return new TestAnsweredTurns();
        }
    }
}
