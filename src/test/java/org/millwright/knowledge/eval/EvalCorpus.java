package org.millwright.knowledge.eval;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;
import org.millwright.knowledge.internal.index.EmbeddingProvider;
import org.millwright.knowledge.internal.index.IndexedChunk;
import org.millwright.knowledge.internal.index.LuceneKnowledgeIndex;
import org.millwright.knowledge.internal.parsing.ChunkDraft;
import org.millwright.knowledge.internal.parsing.Chunker;
import org.millwright.knowledge.internal.parsing.DocumentParser;
import org.millwright.knowledge.internal.parsing.ParsedDocument;
import org.millwright.knowledge.internal.store.IndexedChunks;

/**
 * The evaluation's index: the questions' source files plus distractor documents, run through the
 * same parser, chunker, embedding text and index as an upload, in one tenant.
 */
final class EvalCorpus implements AutoCloseable {

    static final UUID TENANT = UUID.fromString("00000000-0000-0000-0000-00000000e7a1");

    /** A file to index: its name in the evaluation set (or a distractor's name) and its bytes. */
    record SourceDoc(String source, String fileName, byte[] bytes) {}

    /** Where a chunk came from: its source and character range in the source's text. */
    record ChunkRef(String source, int charStart, int charEnd) {}

    private final LuceneKnowledgeIndex index;
    private final Map<UUID, ChunkRef> refs;
    private final int chunkCount;
    private final int distractorChunks;

    private EvalCorpus(LuceneKnowledgeIndex index, Map<UUID, ChunkRef> refs, int distractorChunks) {
        this.index = index;
        this.refs = refs;
        this.chunkCount = refs.size();
        this.distractorChunks = distractorChunks;
    }

    /** The questions' source files: manuals from {@code ../shared/data}, demo documents from the classpath. */
    static List<SourceDoc> sources(EvalSet set) {
        Set<String> names = new LinkedHashSet<>();
        set.questions().forEach(q -> names.add(q.source()));
        List<SourceDoc> docs = new ArrayList<>();
        for (String source : names) {
            docs.add(new SourceDoc(source, source.substring(source.lastIndexOf('/') + 1), read(source)));
        }
        return docs;
    }

    static byte[] read(String source) {
        try {
            if (source.startsWith("manuals/")) {
                Path p = Path.of("../shared/data").resolve(source);
                Assumptions.assumeTrue(Files.exists(p), "the shared manuals are not beside the project: " + p);
                return Files.readAllBytes(p);
            }
            try (InputStream in = EvalCorpus.class.getResourceAsStream("/" + source)) {
                if (in == null) {
                    throw new IllegalStateException("missing classpath source " + source);
                }
                return in.readAllBytes();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static EvalCorpus build(
            Path dir, EmbeddingProvider embeddings, List<SourceDoc> sources, List<SourceDoc> distractors) {
        DocumentParser parser = new DocumentParser();
        Chunker chunker = new Chunker();
        LuceneKnowledgeIndex index = new LuceneKnowledgeIndex(dir);
        Map<UUID, ChunkRef> refs = new HashMap<>();
        List<IndexedChunk> pending = new ArrayList<>();
        int distractorChunks = 0;
        List<SourceDoc> all = new ArrayList<>(sources);
        all.addAll(distractors);
        for (SourceDoc doc : all) {
            ParsedDocument parsed = parser.parse(doc.bytes(), doc.fileName(), null);
            if (sources.contains(doc)) {
                requireFileOffsets(doc, parsed);
            }
            UUID documentId = UUID.nameUUIDFromBytes(doc.source().getBytes());
            List<ChunkDraft> drafts = chunker.chunk(parsed.blocks());
            List<float[]> vectors = embeddings.embed(drafts.stream()
                    .map(d ->
                            IndexedChunks.embeddingText(parsed.title(), String.join(" > ", d.sectionPath()), d.text()))
                    .toList());
            for (int i = 0; i < drafts.size(); i++) {
                ChunkDraft d = drafts.get(i);
                UUID chunkId = UUID.nameUUIDFromBytes((doc.source() + "#" + i).getBytes());
                refs.put(chunkId, new ChunkRef(doc.source(), d.charStart(), d.charEnd()));
                pending.add(new IndexedChunk(
                        chunkId,
                        TENANT,
                        documentId,
                        parsed.title(),
                        d.sectionPath(),
                        d.page(),
                        parsed.language(),
                        null,
                        List.of(),
                        null,
                        d.text(),
                        vectors.get(i),
                        embeddings.modelId()));
            }
            if (!sources.contains(doc)) {
                distractorChunks += drafts.size();
            }
            if (pending.size() >= 2_000) {
                index.index(pending);
                pending.clear();
            }
        }
        index.index(pending);
        return new EvalCorpus(index, refs, distractorChunks);
    }

    /** Gold ranges are offsets in the file; the parser's offsets must be the same for text formats. */
    private static void requireFileOffsets(SourceDoc doc, ParsedDocument parsed) {
        String file = new String(doc.bytes(), java.nio.charset.StandardCharsets.UTF_8);
        if (!parsed.fullText().equals(file)) {
            throw new IllegalStateException(
                    doc.source() + ": parsed text differs from the file, gold offsets would not match");
        }
    }

    LuceneKnowledgeIndex index() {
        return index;
    }

    ChunkRef ref(UUID chunkId) {
        return refs.get(chunkId);
    }

    int chunkCount() {
        return chunkCount;
    }

    int distractorChunks() {
        return distractorChunks;
    }

    @Override
    public void close() {
        index.close();
    }
}
