package org.millwright.knowledge.internal.index;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** A small two-tenant, two-language index opened on a temporary directory for each test. */
abstract class IndexTestSupport {

    static final UUID TENANT_A = UUID.randomUUID();
    static final UUID TENANT_B = UUID.randomUUID();
    static final UUID SITE_1 = UUID.randomUUID();
    static final UUID SITE_2 = UUID.randomUUID();
    static final UUID ASSET_X = UUID.randomUUID();
    static final UUID ASSET_Y = UUID.randomUUID();
    static final UUID DOC_ES = UUID.randomUUID();
    static final UUID DOC_EN = UUID.randomUUID();
    static final UUID DOC_B = UUID.randomUUID();
    static final String MODEL = "test-model";
    static final float[] E1 = {1, 0, 0, 0};
    static final float[] E2 = {0, 1, 0, 0};

    @TempDir
    Path dir;

    LuceneKnowledgeIndex index;

    @BeforeEach
    void open() {
        index = new LuceneKnowledgeIndex(dir);
        index.index(List.of(
                chunk(
                        TENANT_A,
                        DOC_ES,
                        "Manual de la bomba",
                        "es",
                        SITE_1,
                        ASSET_X,
                        "Pump",
                        "Los rodamientos de la bomba se calientan. Revisar la válvula de alivio.",
                        E1),
                chunk(
                        TENANT_A,
                        DOC_EN,
                        "Pump guide",
                        "en",
                        SITE_2,
                        ASSET_Y,
                        "Motor",
                        "Replace the bearing when the pump overheats.",
                        E2),
                chunk(
                        TENANT_B,
                        DOC_B,
                        "Manual de la bomba",
                        "es",
                        SITE_1,
                        ASSET_X,
                        "Pump",
                        "Los rodamientos de la bomba y la válvula: bearing pump.",
                        E1)));
    }

    @AfterEach
    void close() {
        index.close();
    }

    static IndexedChunk chunk(
            UUID tenant,
            UUID doc,
            String title,
            String lang,
            UUID site,
            UUID asset,
            String type,
            String text,
            float[] vector) {
        return new IndexedChunk(
                UUID.randomUUID(),
                tenant,
                doc,
                title,
                "es".equals(lang) ? List.of("Mantenimiento", "Rodamientos") : List.of("Maintenance"),
                3,
                lang,
                site,
                asset == null ? List.of() : List.of(asset),
                type,
                text,
                vector,
                MODEL);
    }

    static List<UUID> docs(List<SearchHit> hits) {
        return hits.stream().map(SearchHit::documentId).toList();
    }
}
