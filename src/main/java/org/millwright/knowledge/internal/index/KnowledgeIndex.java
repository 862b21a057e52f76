package org.millwright.knowledge.internal.index;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The searchable store of knowledge chunks (Lucene on local disk by default; an OpenSearch adapter
 * can implement the same port). Every write call is atomic: its changes become visible together,
 * after a durable commit. Rebuildable from the database: {@link #clear()} then re-index.
 */
public interface KnowledgeIndex extends AutoCloseable {

    /** Adds the chunks, replacing any chunk already indexed with the same tenant and chunk id. */
    void index(List<IndexedChunk> chunks);

    /**
     * Replaces all of a document's chunks by {@code chunks} in one commit: searches see the old
     * chunks or the new ones, never neither (used by the rebuild).
     */
    void replaceDocument(UUID tenantId, UUID documentId, List<IndexedChunk> chunks);

    void deleteDocument(UUID tenantId, UUID documentId);

    void deleteTenant(UUID tenantId);

    /** Deletes everything (before a rebuild, e.g. after an embedding model change). */
    void clear();

    List<SearchHit> search(SearchRequest request);

    /** The embedding model ids of the indexed chunks' vectors; more than one while re-embedding. */
    Set<String> indexedModels();

    /** The single embedding model the index holds; empty when the index has none or several. */
    default Optional<String> indexedModel() {
        Set<String> models = indexedModels();
        return models.size() == 1 ? Optional.of(models.iterator().next()) : Optional.empty();
    }

    /** The ids of the tenant's documents that have chunks in the index. */
    Set<UUID> documentIds(UUID tenantId);

    /** Number of live chunks of all tenants (for operators, never shown to a tenant). */
    int size();

    /** Number of the tenant's live chunks. */
    int size(UUID tenantId);

    @Override
    void close();
}
