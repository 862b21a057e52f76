package org.millwright.knowledge.internal.index;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.VectorSimilarityFunction;

/** The Lucene field layout of a chunk, and the mapping both ways. */
final class ChunkFields {

    static final String KEY = "key";
    static final String CHUNK = "chunk_id";
    static final String TENANT = "tenant";
    static final String DOCUMENT = "document";
    static final String SITE = "site";
    static final String ASSET = "asset";
    static final String ASSET_TYPE = "asset_type";
    static final String LANGUAGE = "language";
    static final String MODEL = "model_id";
    static final String TITLE = "title";
    static final String SECTION = "section";
    static final String PAGE = "page";
    static final String TEXT = "text";
    static final String TEXT_ES = "text_es";
    static final String TEXT_EN = "text_en";
    static final String TITLE_ES = "title_es";
    static final String TITLE_EN = "title_en";
    static final String SECTION_ES = "section_es";
    static final String SECTION_EN = "section_en";
    /** Prefix of the vector fields: one field per embedding model ({@link #vectorField}). */
    static final String VECTOR = "vector:";

    static final VectorSimilarityFunction SIMILARITY = VectorSimilarityFunction.DOT_PRODUCT;

    private ChunkFields() {}

    /** The unique update key: a chunk id is only ever replaced within its own tenant. */
    static Term key(UUID tenantId, UUID chunkId) {
        return new Term(KEY, tenantId + ":" + chunkId);
    }

    /**
     * The vector field of a model: each model has its own field (and HNSW graph), so vectors of two
     * models, even of different dimensions, can live side by side while a tenant is re-embedded, and a
     * kNN query only ever compares vectors of the query's own model.
     */
    static String vectorField(String modelId) {
        return VECTOR + (modelId == null ? "" : modelId.strip());
    }

    static String keyword(String value) {
        return value == null ? null : value.trim().toLowerCase(Locale.ROOT);
    }

    static Document toDocument(IndexedChunk c) {
        Document d = new Document();
        d.add(new StringField(KEY, key(c.tenantId(), c.chunkId()).text(), Field.Store.NO));
        d.add(new StringField(CHUNK, c.chunkId().toString(), Field.Store.YES));
        d.add(new StringField(TENANT, c.tenantId().toString(), Field.Store.NO));
        d.add(new StringField(DOCUMENT, c.documentId().toString(), Field.Store.YES));
        if (c.siteId() != null) {
            d.add(new StringField(SITE, c.siteId().toString(), Field.Store.NO));
        }
        c.assetIds().forEach(a -> d.add(new StringField(ASSET, a.toString(), Field.Store.NO)));
        if (c.assetType() != null && !c.assetType().isBlank()) {
            d.add(new StringField(ASSET_TYPE, keyword(c.assetType()), Field.Store.NO));
        }
        if (c.language() != null && !c.language().isBlank()) {
            d.add(new StringField(LANGUAGE, keyword(c.language()), Field.Store.YES));
        }
        d.add(new StoredField(TITLE, c.title()));
        c.sectionPath().forEach(s -> d.add(new StoredField(SECTION, s)));
        if (c.page() != null) {
            d.add(new StoredField(PAGE, c.page()));
        }
        d.add(new StoredField(TEXT, c.text()));
        String section = String.join(" / ", c.sectionPath());
        d.add(new TextField(TEXT_ES, c.text(), Field.Store.NO));
        d.add(new TextField(TEXT_EN, c.text(), Field.Store.NO));
        d.add(new TextField(TITLE_ES, c.title(), Field.Store.NO));
        d.add(new TextField(TITLE_EN, c.title(), Field.Store.NO));
        d.add(new TextField(SECTION_ES, section, Field.Store.NO));
        d.add(new TextField(SECTION_EN, section, Field.Store.NO));
        if (c.vector() != null) {
            d.add(new KnnFloatVectorField(vectorField(c.modelId()), Vectors.normalize(c.vector()), SIMILARITY));
            if (c.modelId() != null && !c.modelId().isBlank()) {
                d.add(new StringField(MODEL, c.modelId(), Field.Store.YES));
            }
        }
        return d;
    }

    static SearchHit toHit(Document d, float score, String snippet) {
        Number page = d.getField(PAGE) == null ? null : d.getField(PAGE).numericValue();
        return new SearchHit(
                UUID.fromString(d.get(CHUNK)),
                UUID.fromString(d.get(DOCUMENT)),
                d.get(TITLE),
                List.of(d.getValues(SECTION)),
                page == null ? null : page.intValue(),
                d.get(LANGUAGE),
                score,
                snippet);
    }
}
