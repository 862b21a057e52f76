package org.millwright.knowledge.bench;

import static org.millwright.knowledge.bench.Draw.capitalize;
import static org.millwright.knowledge.bench.Draw.contract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.millwright.knowledge.bench.PlantSentences.Line;
import org.millwright.knowledge.bench.PlantSentences.Topic;
import org.millwright.knowledge.bench.PlantVocabulary.Equipment;
import org.millwright.knowledge.bench.PlantVocabulary.Fault;
import org.millwright.knowledge.bench.PlantVocabulary.Measure;
import org.millwright.knowledge.bench.PlantVocabulary.Noun;

/**
 * A deterministic synthetic corpus of plant maintenance documents, in Spanish and English (about
 * half each), for benchmarks and as distractors in retrieval evaluations: equipment descriptions,
 * safety notes, inspections with readings, lubrication plans, troubleshooting tables, replacement
 * procedures, reference values, records and spare parts, for sixteen kinds of equipment (pumps
 * weighted up). Generated from this project's own templates and word lists with seeded random
 * figures; no text is taken from any manual.
 *
 * <p>The same seed always gives the same corpus, and the first {@code n} items of a larger count
 * are the {@code n} items of the smaller one.
 */
public final class PlantCorpus {

    /** Passage length bounds of {@link #passages}. */
    public static final int MIN_PASSAGE = 400;

    public static final int MAX_PASSAGE = 800;

    private static final int MAX_BLOCKS_PER_SECTION = 3;

    private static final long DOCUMENTS = 0x5EED_D0C5L;
    private static final long PASSAGES = 0x5EED_9A55L;
    private static final long QUERIES = 0x5EED_0E21L;

    private PlantCorpus() {}

    /** A generated document as a Markdown file. */
    public record Doc(String fileName, String language, String title, String equipment, String markdown) {}

    /** A chunk-sized passage (about 400–800 characters) of a generated document. */
    public record Passage(
            int document,
            int ordinal,
            String language,
            String equipment,
            String title,
            List<String> sectionPath,
            String text) {}

    /** A search a technician would type, with the language and equipment kind it is about. */
    public record Query(String language, String equipment, String text) {}

    /** {@code count} documents of 3 to 15 paragraphs each. */
    public static List<Doc> documents(long seed, int count) {
        return documents(seed, count, 3, 15);
    }

    /** {@code count} documents of {@code minParagraphs} to {@code maxParagraphs} blocks each. */
    public static List<Doc> documents(long seed, int count, int minParagraphs, int maxParagraphs) {
        return IntStream.range(0, count)
                .mapToObj(i -> render(plan(seed, DOCUMENTS, i, minParagraphs, maxParagraphs)))
                .toList();
    }

    /**
     * {@code count} passages of {@value #MIN_PASSAGE}–{@value #MAX_PASSAGE} characters, the blocks of
     * consecutive generated documents (4 to 16 each), with the document's title and the section.
     */
    public static Stream<Passage> passages(long seed, int count) {
        Set<String> seen = new HashSet<>(); // a repeated text (rare) is skipped; sequential, so deterministic
        return IntStream.iterate(0, i -> i + 1)
                .mapToObj(i -> plan(seed, PASSAGES, i, 4, 16))
                .flatMap(PlantCorpus::passagesOf)
                .sequential()
                .filter(p -> seen.add(p.text()))
                .limit(count);
    }

    /** {@code count} different queries, about half in each language. */
    public static List<Query> queries(long seed, int count) {
        Set<String> seen = new LinkedHashSet<>();
        List<Query> out = new ArrayList<>(count);
        for (int i = 0; out.size() < count; i++) {
            SplittableRandom random = random(seed, QUERIES, i);
            Draw d = new Draw(random, random.nextBoolean(), equipment(random));
            String text = d.pick(d.es ? QUERIES_ES : QUERIES_EN).apply(d);
            if (seen.add(text)) {
                out.add(new Query(d.language(), d.eq.key(), text));
            }
        }
        return out;
    }

    // ---- the document plan

    private enum Kind {
        TEXT,
        TABLE,
        STEPS
    }

    private record Block(Kind kind, String markdown, String plain) {}

    private record Section(String heading, List<Block> blocks) {}

    private record Plan(int index, Draw draw, String title, List<Section> sections) {}

    private static SplittableRandom random(long seed, long salt, int index) {
        return new SplittableRandom(mix(mix(seed ^ salt) + index));
    }

    /** SplitMix64's finaliser: nearby seeds and indexes give unrelated streams. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    private static Equipment equipment(SplittableRandom random) {
        List<Equipment> all = PlantVocabulary.EQUIPMENT;
        int slot = random.nextInt(all.size() + 2); // the centrifugal pump (first) counts three times
        return slot < 3 ? all.getFirst() : all.get(slot - 2);
    }

    private static Plan plan(long seed, long salt, int index, int minParagraphs, int maxParagraphs) {
        SplittableRandom random = random(seed, salt, index);
        Draw d = new Draw(random, random.nextBoolean(), equipment(random));
        int paragraphs = d.between(minParagraphs, maxParagraphs);
        List<Topic> topics = new ArrayList<>();
        topics.add(Topic.OVERVIEW);
        for (Topic t : Topic.values()) {
            if (t != Topic.OVERVIEW && d.chance(55)) {
                topics.add(t);
            }
        }
        if (topics.size() == 1) {
            topics.add(Topic.values()[d.between(1, Topic.values().length - 1)]);
        }
        while (topics.size() > paragraphs) {
            topics.remove(d.between(1, topics.size() - 1));
        }
        // at most three blocks a section, unless a long document needs more in every section
        int cap = Math.max(MAX_BLOCKS_PER_SECTION, -Math.floorDiv(-paragraphs, Topic.values().length));
        while (topics.size() * cap < paragraphs) {
            Topic t = Topic.values()[d.between(1, Topic.values().length - 1)];
            if (!topics.contains(t)) {
                topics.add(t);
            }
        }
        topics.sort(null);
        int[] perSection = new int[topics.size()];
        Arrays.fill(perSection, 1);
        for (int left = paragraphs - topics.size(); left > 0; ) {
            int s = d.random.nextInt(perSection.length);
            if (perSection[s] < cap) {
                perSection[s]++;
                left--;
            }
        }
        List<Section> sections = new ArrayList<>();
        for (int s = 0; s < topics.size(); s++) {
            Topic topic = topics.get(s);
            Noun part = d.part();
            String heading = (s + 1) + ". " + heading(d, topic, part);
            sections.add(new Section(heading, blocks(d, topic, part, perSection[s])));
        }
        return new Plan(index, d, title(d), sections);
    }

    private static String heading(Draw d, Topic topic, Noun part) {
        if (topic == Topic.REPLACEMENT && d.chance(50)) {
            return d.es ? "Cambio " + part.del() : "Replacing the " + part.en();
        }
        return d.pick(d.es ? topic.es : topic.en);
    }

    private static List<Block> blocks(Draw d, Topic topic, Noun part, int count) {
        List<Block> blocks = new ArrayList<>();
        if (topic == Topic.TROUBLESHOOTING && d.chance(60)) {
            blocks.add(faultTable(d));
        } else if (topic == Topic.REFERENCE && d.chance(50)) {
            blocks.add(limitTable(d));
        } else if (topic == Topic.REPLACEMENT) {
            blocks.add(steps(d, part));
        }
        List<Line> lines = PlantSentences.lines(topic, d.es);
        if (topic == Topic.REPLACEMENT) {
            lines = new ArrayList<>(lines);
            lines.addAll(PlantSentences.lines(Topic.REFERENCE, d.es));
        }
        while (blocks.size() < count) {
            String text = paragraph(d, lines);
            blocks.add(new Block(Kind.TEXT, text, text));
        }
        return blocks;
    }

    /** Sentences of the topic until the paragraph is between the passage bounds. */
    private static String paragraph(Draw d, List<Line> lines) {
        int target = d.between(MIN_PASSAGE, MAX_PASSAGE - 80);
        List<Line> order = new ArrayList<>(lines);
        Collections.shuffle(order, new Random(d.random.nextLong()));
        StringBuilder text = new StringBuilder();
        // each template once; more rounds (new figures) only while the paragraph is too short; a
        // sentence already in the document is not repeated
        for (int attempt = 0; attempt < 4 * order.size() && text.length() < target; attempt++) {
            if (attempt >= order.size() && text.length() >= MIN_PASSAGE) {
                break;
            }
            String sentence = order.get(attempt % order.size()).apply(d);
            if (!sentence.isEmpty() && d.used.add(sentence) && text.length() + 1 + sentence.length() <= MAX_PASSAGE) {
                text.append(text.isEmpty() ? "" : " ").append(sentence);
            }
        }
        return contract(text.toString());
    }

    private static Block faultTable(Draw d) {
        List<Fault> faults = new ArrayList<>();
        StringBuilder plain = new StringBuilder();
        for (int attempt = 0; attempt < 20 && plain.length() < MIN_PASSAGE; attempt++) {
            Fault f = d.fault();
            String row = d.es
                    ? "Síntoma: " + f.symptomEs() + "; causa probable: " + f.causeEs() + "; acción: " + f.actionEs()
                            + "."
                    : "Symptom: " + f.symptomEn() + "; probable cause: " + f.causeEn() + "; action: " + f.actionEn()
                            + ".";
            if (!faults.contains(f) && plain.length() + row.length() + 1 <= MAX_PASSAGE) {
                faults.add(f);
                plain.append(plain.isEmpty() ? "" : "\n").append(row);
            }
        }
        StringBuilder md = new StringBuilder(
                d.es ? "| Síntoma | Causa probable | Acción |\n" : "| Symptom | Probable cause | Action |\n");
        md.append("|---|---|---|\n");
        for (Fault f : faults) {
            md.append(
                    d.es
                            ? row(capitalize(f.symptomEs()), capitalize(f.causeEs()), capitalize(f.actionEs()))
                            : row(capitalize(f.symptomEn()), capitalize(f.causeEn()), capitalize(f.actionEn())));
        }
        return new Block(Kind.TABLE, md.toString().strip(), plain.toString());
    }

    private static Block limitTable(Draw d) {
        List<Measure> measures = new ArrayList<>();
        StringBuilder md = new StringBuilder(
                d.es ? "| Parámetro | Normal | Alarma | Disparo |\n" : "| Parameter | Normal | Alarm | Trip |\n");
        md.append("|---|---|---|---|\n");
        StringBuilder plain = new StringBuilder();
        for (int attempt = 0; attempt < 20 && plain.length() < MIN_PASSAGE; attempt++) {
            Measure m = d.reading();
            if (measures.contains(m)) {
                continue;
            }
            measures.add(m);
            String[] l = d.limits(m);
            md.append(row(capitalize(d.name(m)), "≤ " + l[0], l[1], l[2]));
            plain.append(plain.isEmpty() ? "" : "\n")
                    .append(capitalize(d.name(m)))
                    .append(d.es ? ": normal hasta " : ": normal up to ")
                    .append(l[0])
                    .append(d.es ? ", alarma " : ", alarm ")
                    .append(l[1])
                    .append(d.es ? ", disparo " : ", trip ")
                    .append(l[2])
                    .append('.');
        }
        if (plain.length() < MIN_PASSAGE) { // few readings for this equipment: add a sentence
            String extra = PlantSentences.lines(Topic.REFERENCE, d.es).get(2).apply(d);
            plain.append('\n').append(extra);
        }
        return new Block(Kind.TABLE, md.toString().strip(), plain.toString());
    }

    private static String row(String... cells) {
        return "| " + String.join(" | ", cells) + " |\n";
    }

    private static Block steps(Draw d, Noun part) {
        List<String> steps = new ArrayList<>(PlantSentences.steps(d, part));
        while (numbered(steps).length() > MAX_PASSAGE && steps.size() > 3) {
            steps.remove(steps.size() / 2);
        }
        String text = contract(numbered(steps));
        return new Block(Kind.STEPS, text, text);
    }

    private static String numbered(List<String> steps) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < steps.size(); i++) {
            text.append(i == 0 ? "" : "\n").append(i + 1).append(". ").append(steps.get(i));
        }
        return text.toString();
    }

    private static String title(Draw d) {
        Noun eq = d.eq.name();
        Noun part = d.part();
        String area = d.area();
        if (d.es) {
            return contract(d.pick(
                    capitalize(eq.es()) + " " + d.tag + ": mantenimiento preventivo",
                    "Manual de mantenimiento — " + eq.es() + " " + d.model,
                    "Plan de lubricación e inspección de " + eq.esPlural() + " de " + area,
                    "Guía de diagnóstico: " + eq.es() + " " + d.model,
                    "Reparación " + part.del() + " — " + eq.es() + " " + d.tag,
                    "Instrucción de trabajo " + d.code("IT") + ": controles de rutina " + eq.del()));
        }
        return d.pick(
                capitalize(eq.en()) + " " + d.tag + ": preventive maintenance",
                "Maintenance manual — " + eq.en() + " " + d.model,
                "Lubrication and inspection plan for " + eq.enPlural() + " in " + area,
                "Troubleshooting guide: " + eq.en() + " " + d.model,
                "Overhaul of the " + part.en() + " — " + eq.en() + " " + d.tag,
                "Work instruction " + d.code("WI") + ": " + eq.en() + " routine checks");
    }

    // ---- rendering

    private static Doc render(Plan p) {
        Draw d = p.draw();
        StringBuilder md = new StringBuilder("# ").append(p.title()).append("\n\n");
        md.append(d.es ? "**Equipo:** " : "**Equipment:** ")
                .append(capitalize(d.es ? d.eq.name().es() : d.eq.name().en()))
                .append(' ')
                .append(d.tag)
                .append(d.es ? " · **Modelo:** " : " · **Model:** ")
                .append(d.model)
                .append(d.es ? " · **Revisión:** " : " · **Revision:** ")
                .append(d.between(1, 9))
                .append("\n\n");
        for (Section s : p.sections()) {
            md.append("## ").append(s.heading()).append("\n\n");
            for (Block b : s.blocks()) {
                md.append(b.markdown()).append("\n\n");
            }
        }
        String fileName = String.format("%s-%05d-%s.md", d.eq.key(), p.index(), d.language());
        return new Doc(
                fileName, d.language(), p.title(), d.eq.key(), md.toString().strip() + "\n");
    }

    private static Stream<Passage> passagesOf(Plan p) {
        List<Passage> out = new ArrayList<>();
        for (Section s : p.sections()) {
            String section = s.heading().substring(s.heading().indexOf(' ') + 1);
            for (Block b : s.blocks()) {
                int length = b.plain().length();
                if (length >= MIN_PASSAGE && length <= MAX_PASSAGE) {
                    out.add(new Passage(
                            p.index(),
                            out.size(),
                            p.draw().language(),
                            p.draw().eq.key(),
                            p.title(),
                            List.of(section),
                            b.plain()));
                }
            }
        }
        return out.stream();
    }

    // ---- queries

    private static final List<Function<Draw, String>> QUERIES_EN = List.of(
            d -> "how often should the bearings of the " + d.eq.name().en() + " be greased",
            d -> d.eq.name().en() + " " + d.fault().symptomEn(),
            d -> d.eq.name().en() + " troubleshooting: " + d.fault().symptomEn(),
            d -> "probable cause of " + d.fault().symptomEn(),
            d -> "torque for the " + d.part().en() + " bolts on the "
                    + d.eq.name().en(),
            d -> d.name(d.reading()) + " alarm limit for " + d.eq.name().a(),
            d -> "how to replace the " + d.part().en() + " of " + d.eq.name().a(),
            d -> "lockout before opening the " + d.eq.name().en(),
            d -> "which lubricant for the " + d.eq.name().en() + " " + d.part().en(),
            d -> "oil change interval " + d.eq.name().en(),
            d -> "acceptable vibration level for " + d.eq.name().en() + " bearings",
            d -> d.eq.name().en() + " " + d.part().en() + " inspection checklist",
            d -> "what to check when the " + d.part().en() + " of the "
                    + d.eq.name().en() + " runs hot",
            d -> "spare parts to keep for the " + d.eq.name().en() + " "
                    + d.part().en());

    private static final List<Function<Draw, String>> QUERIES_ES = List.of(
            d -> "¿cada cuánto se engrasan los rodamientos " + d.eq.name().del() + "?",
            d -> d.eq.name().es() + " " + d.fault().symptomEs(),
            d -> "diagnóstico " + d.eq.name().del() + ": " + d.fault().symptomEs(),
            d -> "causa probable de " + d.fault().symptomEs(),
            d -> "par de apriete de los pernos " + d.part().del(),
            d -> "límite de alarma de " + d.name(d.reading()) + " "
                    + d.eq.name().del(),
            d -> "cómo cambiar " + d.part().el() + " de " + d.eq.name().un(),
            d -> "bloqueo y etiquetado antes de abrir " + d.eq.name().el(),
            d -> "qué lubricante usar en " + d.part().el() + " " + d.eq.name().del(),
            d -> "intervalo de cambio de aceite " + d.eq.name().del(),
            d -> "vibración admisible en los rodamientos " + d.eq.name().del(),
            d -> "lista de inspección " + d.part().del() + " " + d.eq.name().del(),
            d -> "qué revisar si " + d.part().el() + " " + d.eq.name().del() + " se calienta",
            d -> "repuestos que conviene tener para " + d.eq.name().el());
}
