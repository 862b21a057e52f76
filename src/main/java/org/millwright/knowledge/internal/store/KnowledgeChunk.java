package org.millwright.knowledge.internal.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.util.UUID;
import org.millwright.platform.tenancy.TenantScoped;
import org.springframework.data.domain.Persistable;

/** A passage of a document with its citation data and its embedding (the index is built from these). */
@Entity
@Table(name = "knowledge_chunks")
public class KnowledgeChunk extends TenantScoped implements Persistable<UUID> {

    /**
     * New until persisted or loaded: the id is assigned, not generated, so without this saving a
     * chunk would first select it by id (a query per chunk of every ingested document).
     */
    @Transient
    private boolean isNew = true;

    @Column(name = "document_id", nullable = false)
    private UUID documentId;

    @Column(nullable = false)
    private int ordinal;

    @Column(nullable = false, length = 8000)
    private String text;

    @Column(name = "section_path", length = 1000)
    private String sectionPath;

    private Integer page;

    @Column(name = "line_start")
    private Integer lineStart;

    @Column(name = "line_end")
    private Integer lineEnd;

    @Column(name = "char_start", nullable = false)
    private int charStart;

    @Column(name = "char_end", nullable = false)
    private int charEnd;

    @Column(length = 5)
    private String language;

    @Column(length = 16000)
    private String embedding;

    @Column(name = "embedding_model", length = 150)
    private String embeddingModel;

    protected KnowledgeChunk() {}

    public KnowledgeChunk(
            UUID documentId,
            int ordinal,
            String text,
            String sectionPath,
            Integer page,
            Integer lineStart,
            Integer lineEnd,
            int charStart,
            int charEnd,
            String language,
            String embedding,
            String embeddingModel) {
        this.documentId = documentId;
        this.ordinal = ordinal;
        this.text = text;
        this.sectionPath = sectionPath;
        this.page = page;
        this.lineStart = lineStart;
        this.lineEnd = lineEnd;
        this.charStart = charStart;
        this.charEnd = charEnd;
        this.language = language;
        this.embedding = embedding;
        this.embeddingModel = embeddingModel;
    }

    @PostPersist
    @PostLoad
    void stored() {
        isNew = false;
    }

    @Override
    public boolean isNew() {
        return isNew;
    }

    public UUID getDocumentId() {
        return documentId;
    }

    public int getOrdinal() {
        return ordinal;
    }

    public String getText() {
        return text;
    }

    public String getSectionPath() {
        return sectionPath;
    }

    public Integer getPage() {
        return page;
    }

    public Integer getLineStart() {
        return lineStart;
    }

    public Integer getLineEnd() {
        return lineEnd;
    }

    public String getLanguage() {
        return language;
    }

    public String getEmbedding() {
        return embedding;
    }

    public String getEmbeddingModel() {
        return embeddingModel;
    }

    /** A new vector (encoded) from another model, written by the re-embedding of a rebuild. */
    void reembedded(String newEmbedding, String model) {
        this.embedding = newEmbedding;
        this.embeddingModel = model;
    }
}
