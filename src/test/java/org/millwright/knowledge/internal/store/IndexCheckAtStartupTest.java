package org.millwright.knowledge.internal.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.millwright.knowledge.internal.index.InProcessMiniLm;
import org.millwright.knowledge.internal.index.IndexFolder;
import org.millwright.knowledge.internal.index.IndexProbe;
import org.millwright.platform.tenancy.TenantContext;
import org.springframework.jdbc.core.JdbcTemplate;

/** Which tenants the start-up check gives a rebuild, from the database and the index's last commit. */
class IndexCheckAtStartupTest {

    static final String MODEL = InProcessMiniLm.MODEL_ID;
    static final UUID A = UUID.randomUUID();
    static final UUID B = UUID.randomUUID();
    static final String ALL_TENANTS = IndexCheckAtStartup.TENANTS_WITH_PASSAGES;

    JdbcTemplate jdbc = mock(JdbcTemplate.class);
    IndexProbe probe = mock(IndexProbe.class);
    KnowledgeReindexing reindexing = mock(KnowledgeReindexing.class);
    List<UUID> startedFor = new ArrayList<>();
    IndexCheckAtStartup check;

    @BeforeEach
    void wire() {
        when(reindexing.startIfIdle(anyString())).thenAnswer(call -> {
            startedFor.add(TenantContext.require());
            return Optional.empty();
        });
        check = new IndexCheckAtStartup(jdbc, probe, new InProcessMiniLm(), reindexing);
    }

    void tenantsWithChunks(UUID... tenants) {
        when(jdbc.queryForList(ALL_TENANTS, UUID.class)).thenReturn(List.of(tenants));
    }

    void tenantsWithOtherModel(UUID... tenants) {
        when(jdbc.queryForList(
                        IndexCheckAtStartup.TENANTS_WITH_PASSAGES + IndexCheckAtStartup.OF_ANOTHER_MODEL,
                        UUID.class,
                        MODEL))
                .thenReturn(List.of(tenants));
    }

    static IndexFolder current() {
        return new IndexFolder(true, 10, "2", Set.of(MODEL));
    }

    @Test
    void anEmptyKnowledgeBaseDoesNotEvenLookAtTheIndex() {
        tenantsWithChunks();
        check.check();
        verify(probe, never()).inspect();
        assertThat(startedFor).isEmpty();
    }

    @Test
    void aMissingIndexIsRebuiltForEveryTenantWithPassages() {
        tenantsWithChunks(A, B);
        when(probe.inspect()).thenReturn(IndexFolder.MISSING);
        check.check();
        assertThat(startedFor).containsExactly(A, B);
        verify(reindexing, org.mockito.Mockito.times(2)).startIfIdle(org.mockito.ArgumentMatchers.contains("missing"));
    }

    @Test
    void anIndexOfAnotherModelIsRebuiltForEveryTenant() {
        tenantsWithChunks(A, B);
        when(probe.inspect()).thenReturn(new IndexFolder(true, 10, "2", Set.of("ollama:old")));
        tenantsWithOtherModel();
        check.check();
        assertThat(startedFor).containsExactly(A, B);
    }

    @Test
    void aCurrentIndexRebuildsOnlyTenantsWhosePassagesAreOfAnotherModel() {
        tenantsWithChunks(A, B);
        when(probe.inspect()).thenReturn(current());
        tenantsWithOtherModel(B);
        check.check();
        assertThat(startedFor).containsExactly(B);
    }

    @Test
    void aCurrentIndexAndCurrentPassagesNeedNothing() {
        tenantsWithChunks(A, B);
        when(probe.inspect()).thenReturn(current());
        tenantsWithOtherModel();
        check.check();
        assertThat(startedFor).isEmpty();
    }

    @Test
    void aFailingCheckDoesNotEscape() {
        when(jdbc.queryForList(ALL_TENANTS, UUID.class)).thenThrow(new IllegalStateException("database down"));
        check.check();
        assertThat(startedFor).isEmpty();
    }
}
