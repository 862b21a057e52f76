package org.millwright.knowledge.internal.store;

import java.util.List;
import java.util.UUID;
import org.millwright.knowledge.internal.index.IndexedChunk;

/**
 * The one mapping from stored chunk rows to what the index holds, and the text a chunk is embedded
 * from: shared by ingest and rebuild, so a rebuilt index is the index ingest would have written.
 */
public final class IndexedChunks {

    /** How a section path is joined in the database and in the embedded text. */
    static final String SECTION_SEPARATOR = " > ";

    private IndexedChunks() {}

    static List<IndexedChunk> of(UUID tenantId, KnowledgeDocument doc, List<KnowledgeChunk> rows) {
        return rows.stream().map(row -> of(tenantId, doc, row)).toList();
    }

    /** The row as the index stores it, with the row's own vector and model (none when it has no vector). */
    static IndexedChunk of(UUID tenantId, KnowledgeDocument doc, KnowledgeChunk row) {
        String section = row.getSectionPath();
        boolean embedded = row.getEmbedding() != null && !row.getEmbedding().isEmpty();
        return new IndexedChunk(
                row.getId(),
                tenantId,
                doc.getId(),
                doc.getTitle(),
                section == null || section.isEmpty() ? List.of() : List.of(section.split(SECTION_SEPARATOR)),
                row.getPage(),
                row.getLanguage(),
                doc.getSiteId(),
                List.copyOf(doc.getAssetIds()),
                doc.getAssetType(),
                row.getText(),
                embedded ? VectorCodec.decode(row.getEmbedding()) : null,
                embedded ? row.getEmbeddingModel() : null);
    }

    /** What is embedded: title and section give a passage its context. */
    public static String embeddingText(String title, String sectionPath, String text) {
        String section = sectionPath == null ? "" : sectionPath;
        return ((title == null ? "" : title) + (section.isEmpty() ? "" : " — " + section) + "\n" + text).strip();
    }
}
