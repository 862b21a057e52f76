package org.millwright.knowledge.internal.store;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.millwright.knowledge.internal.index.EmbeddingProvider;
import org.millwright.knowledge.internal.index.IndexProbe;
import org.millwright.platform.tenancy.TenantContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Once the server is ready, in the background: when the database holds passages and the index
 * folder is missing or empty, of an older layout, or holds vectors of another model than the
 * configured one, every tenant with passages gets a rebuild; else tenants whose stored passages
 * are of another model get one (re-embedding them). The index itself is not opened here: its last
 * commit says what it holds.
 */
@Component
class IndexCheckAtStartup {

    /** Tenants with passages of indexed documents (the ones a rebuild indexes). */
    static final String TENANTS_WITH_PASSAGES = "select distinct c.tenant_id from knowledge_chunks c"
            + " join knowledge_documents d on d.id = c.document_id where d.status = 'INDEXED'";

    static final String OF_ANOTHER_MODEL = " and (c.embedding_model is null or c.embedding_model <> ?)";

    private static final Logger log = LoggerFactory.getLogger(IndexCheckAtStartup.class);
    private final JdbcTemplate jdbc;
    private final IndexProbe probe;
    private final EmbeddingProvider embeddings;
    private final KnowledgeReindexing reindexing;

    IndexCheckAtStartup(
            JdbcTemplate jdbc, IndexProbe probe, EmbeddingProvider embeddings, KnowledgeReindexing reindexing) {
        this.jdbc = jdbc;
        this.probe = probe;
        this.embeddings = embeddings;
        this.reindexing = reindexing;
    }

    @EventListener(ApplicationReadyEvent.class)
    void onReady() {
        Thread.ofVirtual().name("knowledge-index-check").start(this::check);
    }

    void check() {
        try {
            List<UUID> tenants = jdbc.queryForList(TENANTS_WITH_PASSAGES, UUID.class);
            if (tenants.isEmpty()) {
                return;
            }
            String model = embeddings.modelId();
            Optional<String> stale = probe.inspect().staleFor(model);
            List<UUID> targets = stale.isPresent()
                    ? tenants
                    : jdbc.queryForList(TENANTS_WITH_PASSAGES + OF_ANOTHER_MODEL, UUID.class, model);
            String reason = stale.orElse("passages stored with another embedding model than " + model);
            for (UUID tenant : targets) {
                TenantContext.run(
                        tenant,
                        () -> reindexing
                                .startIfIdle(reason)
                                .ifPresent(job -> log.info(
                                        "Rebuilding the knowledge index of tenant {} (job {}): {}",
                                        tenant,
                                        job.id(),
                                        reason)));
            }
        } catch (RuntimeException e) {
            log.error("The knowledge index check at start-up failed", e);
        }
    }
}
