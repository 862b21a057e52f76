package org.millwright.knowledge.eval;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.millwright.knowledge.bench.PlantCorpus;
import org.millwright.knowledge.eval.EvalCorpus.SourceDoc;
import org.millwright.knowledge.internal.parsing.Chunker;
import org.millwright.knowledge.internal.parsing.DocumentParser;

/**
 * Distractors: generated maintenance documents of our own ({@link PlantCorpus}, Spanish and
 * English, on the same topics as the real manuals), as many as it takes to reach a chunk count.
 */
final class Distractors {

    static final long SEED = 20261122L;

    private Distractors() {}

    /**
     * The equipment the questions ask about (pumps, motors, the compressor, the boiler, the filler,
     * the conveyor and the palletizer of the demo plant): distractors about these would hold
     * competing answers to the same generic questions (generated text says how often a pump's
     * bearings are greased, too), so the main evaluation leaves them out.
     */
    static final Set<String> ASKED_ABOUT =
            Set.of("pump", "diaphragm-pump", "motor", "compressor", "boiler", "filler", "conveyor", "palletizer");

    /** Distractors about other machines of a plant, at least {@code chunks} chunks. */
    static List<SourceDoc> otherMachines(int chunks) {
        return atLeastChunks(chunks, ASKED_ABOUT);
    }

    /** Distractors about every kind of machine, including those the questions ask about. */
    static List<SourceDoc> allMachines(int chunks) {
        return atLeastChunks(chunks, Set.of());
    }

    private static List<SourceDoc> atLeastChunks(int chunks, Set<String> excluded) {
        DocumentParser parser = new DocumentParser();
        Chunker chunker = new Chunker();
        List<SourceDoc> out = new ArrayList<>();
        int counted = 0;
        int batch = 64;
        for (int round = 0; counted < chunks; round++) {
            for (PlantCorpus.Doc doc : PlantCorpus.documents(SEED + round, batch)) {
                if (counted >= chunks) {
                    break;
                }
                if (excluded.contains(doc.equipment())) {
                    continue;
                }
                byte[] bytes = doc.markdown().getBytes(StandardCharsets.UTF_8);
                String name = "distractor/" + round + "/" + doc.fileName();
                counted += chunker.chunk(
                                parser.parse(bytes, doc.fileName(), null).blocks())
                        .size();
                out.add(new SourceDoc(name, doc.fileName(), bytes));
            }
        }
        return out;
    }
}
