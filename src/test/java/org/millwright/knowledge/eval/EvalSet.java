package org.millwright.knowledge.eval;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The committed evaluation questions ({@code knowledge-eval/questions.tsv} on the test classpath). */
record EvalSet(List<Question> questions) {

    /** One question with where its answer is: character ranges of one source file. */
    record Question(
            String id, String questionLanguage, String documentLanguage, String text, String source, List<Range> gold) {

        String pair() {
            return questionLanguage + "→" + documentLanguage;
        }
    }

    /** A half-open character range [start, end) of a source file's text. */
    record Range(int start, int end) {

        int overlap(int from, int to) {
            return Math.max(0, Math.min(end, to) - Math.max(start, from));
        }

        int length() {
            return end - start;
        }
    }

    static EvalSet load() {
        try (InputStream in = EvalSet.class.getResourceAsStream("/knowledge-eval/questions.tsv")) {
            String tsv = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            List<Question> questions = new ArrayList<>();
            for (String line : tsv.split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                questions.add(new Question(f[0], f[1], f[2], f[3], f[4], ranges(f[5])));
            }
            return new EvalSet(List.copyOf(questions));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Range> ranges(String field) {
        List<Range> out = new ArrayList<>();
        for (String r : field.split(";")) {
            String[] ends = r.split("-");
            out.add(new Range(Integer.parseInt(ends[0]), Integer.parseInt(ends[1])));
        }
        return out;
    }
}
