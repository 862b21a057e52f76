package org.millwright.assistant.internal.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.millwright.knowledge.RetrievedPassage;

class VerifiedFixBoostTest {

    private final RetrievedPassage a = passage(1.00f);
    private final RetrievedPassage b = passage(0.80f);
    private final RetrievedPassage c = passage(0.60f);
    private final RetrievedPassage d = passage(0.45f);

    @Test
    void aFixOfTheMachineMultipliesItsPassagesByTheBoostAndReSorts() {
        List<RetrievedPassage> out = VerifiedFixBoost.rerank(List.of(a, b, c, d), Set.of(c.chunkId()), Set.of(), 2.0);

        assertThat(out)
                .extracting(RetrievedPassage::chunkId)
                .containsExactly(c.chunkId(), a.chunkId(), b.chunkId(), d.chunkId());
        assertThat(out.getFirst().score()).isEqualTo(1.2f);
        assertThat(out.get(1)).as("an unboosted passage is left as it was").isSameAs(a);
    }

    @Test
    void aFixOfAnotherMachineOfTheTypeGivesHalfTheExtra() {
        List<RetrievedPassage> out = VerifiedFixBoost.rerank(List.of(a, b, c, d), Set.of(), Set.of(d.chunkId()), 3.0);

        assertThat(out.get(1).chunkId())
                .as("0.45 × 2 = 0.9: above 0.8, below 1.0")
                .isEqualTo(d.chunkId());
        assertThat(out.get(1).score()).isEqualTo(0.9f);
    }

    @Test
    void aPassageCitedByBothKindsGetsTheFullBoostOnce() {
        List<RetrievedPassage> out =
                VerifiedFixBoost.rerank(List.of(a, b), Set.of(b.chunkId()), Set.of(b.chunkId()), 2.0);

        assertThat(out.getFirst().chunkId()).isEqualTo(b.chunkId());
        assertThat(out.getFirst().score()).isEqualTo(1.6f);
    }

    @Test
    void withoutFixesOrWithEqualScoresTheOrderStays() {
        RetrievedPassage tie = passage(1.00f);
        assertThat(VerifiedFixBoost.rerank(List.of(a, b, c), Set.of(), Set.of(), 2.0))
                .containsExactly(a, b, c);
        assertThat(VerifiedFixBoost.rerank(List.of(a, tie, b), Set.of(UUID.randomUUID()), Set.of(), 2.0))
                .as("a boost for a chunk not ranked changes nothing; ties keep their order")
                .containsExactly(a, tie, b);
    }

    @Test
    void chunkIdsSurviveTheirColumn() {
        UUID x = UUID.randomUUID();
        UUID y = UUID.randomUUID();
        assertThat(ChunkIds.split(ChunkIds.join(List.of(x, y, x)))).containsExactly(x, y);
        assertThat(ChunkIds.split("")).isEmpty();
        assertThat(ChunkIds.split(null)).isEmpty();
    }

    private static RetrievedPassage passage(float score) {
        return new RetrievedPassage(
                UUID.randomUUID(),
                UUID.randomUUID(),
                "document",
                "Manual",
                List.of("Maintenance"),
                3,
                1,
                10,
                "en",
                score,
                "snippet",
                "text",
                null);
    }
}
