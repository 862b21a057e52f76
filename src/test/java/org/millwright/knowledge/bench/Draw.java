package org.millwright.knowledge.bench;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import org.millwright.knowledge.bench.PlantVocabulary.Equipment;
import org.millwright.knowledge.bench.PlantVocabulary.Fault;
import org.millwright.knowledge.bench.PlantVocabulary.Lube;
import org.millwright.knowledge.bench.PlantVocabulary.Measure;
import org.millwright.knowledge.bench.PlantVocabulary.Noun;

/**
 * The random choices of one generated document: its language, equipment, tag and model, and
 * seeded draws of parts, faults, readings and figures, written the way the language writes them
 * (a decimal comma in Spanish).
 */
final class Draw {

    private static final int[] HOURS = {250, 500, 750, 1000, 1500, 2000, 3000, 4000, 6000, 8000};
    private static final String[][] PERIODS = {
        {"every shift", "en cada turno"},
        {"daily", "a diario"},
        {"once a week", "una vez por semana"},
        {"every two weeks", "cada quince días"},
        {"monthly", "mensualmente"},
        {"every quarter", "cada trimestre"},
        {"every six months", "cada seis meses"},
        {"once a year", "una vez al año"}
    };

    final SplittableRandom random;
    final boolean es;
    final Equipment eq;
    final String tag;
    final String model;
    /** The sentences already written in this document. */
    final Set<String> used = new HashSet<>();

    Draw(SplittableRandom random, boolean es, Equipment eq) {
        this.random = random;
        this.es = es;
        this.eq = eq;
        this.tag = eq.tag() + "-" + between(100, 999) + (random.nextInt(4) == 0 ? "B" : "");
        this.model = letter() + letter() + "-" + between(10, 990);
    }

    String language() {
        return es ? "es" : "en";
    }

    int between(int low, int high) {
        return low + random.nextInt(high - low + 1);
    }

    boolean chance(int percent) {
        return random.nextInt(100) < percent;
    }

    <T> T pick(List<T> options) {
        return options.get(random.nextInt(options.size()));
    }

    String pick(String... options) {
        return options[random.nextInt(options.length)];
    }

    /** A part of this equipment; rotating machines also have bearings, couplings and the like. */
    Noun part() {
        if (eq.rotating() && chance(35)) {
            return pick(PlantVocabulary.ROTATING_PARTS);
        }
        return pick(eq.parts());
    }

    /** Two different parts. */
    Noun[] twoParts() {
        Noun first = pick(eq.parts());
        Noun second = pick(eq.parts());
        for (int i = 0; i < 5 && second.equals(first); i++) {
            second = pick(eq.parts());
        }
        return new Noun[] {first, second};
    }

    Fault fault() {
        if (eq.rotating() && chance(30)) {
            return pick(PlantVocabulary.ROTATING_FAULTS);
        }
        return pick(eq.faults());
    }

    Measure reading() {
        if (eq.rotating() && chance(30)) {
            return pick(List.of(PlantVocabulary.VIBRATION, PlantVocabulary.BEARING_TEMP, PlantVocabulary.CURRENT));
        }
        return pick(eq.readings());
    }

    Lube lube() {
        return pick(eq.lubes());
    }

    String lubeName() {
        Lube l = lube();
        return es ? l.es() : l.en();
    }

    Noun tool() {
        return pick(PlantVocabulary.TOOLS);
    }

    /** A measuring instrument (for confirming a diagnosis). */
    Noun instrument() {
        return pick(PlantVocabulary.INSTRUMENTS);
    }

    String role() {
        return pick(PlantVocabulary.ROLES)[es ? 1 : 0];
    }

    /** Two different items of protective equipment, "A and B". */
    String twoPpe() {
        String[] first = pick(PlantVocabulary.PPE);
        String[] second = pick(PlantVocabulary.PPE);
        while (second == first) {
            second = pick(PlantVocabulary.PPE);
        }
        return first[es ? 1 : 0] + (es ? " y " : " and ") + second[es ? 1 : 0];
    }

    String area() {
        return pick(PlantVocabulary.AREAS)[es ? 1 : 0];
    }

    int hours() {
        return HOURS[random.nextInt(HOURS.length)];
    }

    String period() {
        return PERIODS[random.nextInt(PERIODS.length)][es ? 1 : 0];
    }

    /** A number in [low, high] with the given decimals, in the document's language. */
    String number(double low, double high, int decimals) {
        double v = low + random.nextDouble() * (high - low);
        String s = String.format(Locale.ROOT, "%." + decimals + "f", v);
        return es ? s.replace('.', ',') : s;
    }

    /** A reading's name in the document's language. */
    String name(Measure m) {
        return es ? m.es() : m.en();
    }

    /** A value of the reading with its unit, drawn inside its usual range. */
    String value(Measure m) {
        return number(m.low(), m.high(), m.decimals()) + " " + unit(m);
    }

    /** Three rising values of the reading, for normal / alarm / trip. */
    String[] limits(Measure m) {
        double span = m.high() - m.low();
        double normal = m.low() + span * (0.35 + 0.2 * random.nextDouble());
        double alarm = normal + span * (0.1 + 0.15 * random.nextDouble());
        double trip = alarm + span * (0.08 + 0.12 * random.nextDouble());
        return new String[] {format(normal, m), format(alarm, m), format(trip, m)};
    }

    private String format(double v, Measure m) {
        String s = String.format(Locale.ROOT, "%." + m.decimals() + "f", v);
        return (es ? s.replace('.', ',') : s) + " " + unit(m);
    }

    String unit(Measure m) {
        if (!es) {
            return m.unit();
        }
        return switch (m.unit()) {
            case "megohms" -> "megaohmios";
            case "strokes/min" -> "carreras/min";
            default -> m.unit();
        };
    }

    /** A work order or stock code. */
    String code(String prefix) {
        return prefix + "-" + between(10_000, 99_999);
    }

    private String letter() {
        return String.valueOf("KRTLMVXZNHPS".charAt(random.nextInt(12)));
    }

    static String capitalize(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** Spanish "de el" → "del", "a el" → "al". */
    static String contract(String s) {
        return s.replace(" de el ", " del ").replace(" a el ", " al ");
    }
}
