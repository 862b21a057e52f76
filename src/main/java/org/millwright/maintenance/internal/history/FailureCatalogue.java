package org.millwright.maintenance.internal.history;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The default failure codes every tenant starts with, read once from {@code maintenance/failure-codes.tsv}. */
@Component
public class FailureCatalogue {

    static final String RESOURCE = "/maintenance/failure-codes.tsv";
    private final Map<FailureKind, Map<String, Entry>> entries;

    FailureCatalogue() {
        this(read());
    }

    FailureCatalogue(List<Entry> list) {
        Map<FailureKind, Map<String, Entry>> byKind = new EnumMap<>(FailureKind.class);
        for (FailureKind kind : FailureKind.values()) {
            byKind.put(kind, new LinkedHashMap<>());
        }
        for (Entry e : list) {
            if (byKind.get(e.kind()).put(e.code(), e) != null) {
                throw new IllegalStateException("duplicate failure code " + e.kind() + " " + e.code());
            }
        }
        byKind.replaceAll((k, v) -> Collections.unmodifiableMap(v));
        this.entries = Collections.unmodifiableMap(byKind);
    }

    public Optional<Entry> find(FailureKind kind, String code) {
        return Optional.ofNullable(entries.get(kind).get(code));
    }

    /** The default codes of one kind, in catalogue order. */
    public List<Entry> of(FailureKind kind) {
        return List.copyOf(entries.get(kind).values());
    }

    private static List<Entry> read() {
        try (InputStream in = FailureCatalogue.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing");
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Entry> parse(BufferedReader reader) throws IOException {
        List<Entry> list = new ArrayList<>();
        String line;
        while ((line = reader.readLine()) != null) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t");
            if (f.length != 4) {
                throw new IllegalStateException("bad failure-code line: " + line);
            }
            list.add(new Entry(FailureKind.fromWire(f[0]), f[1].strip(), f[2].strip(), f[3].strip()));
        }
        return list;
    }

    /** A default code with its English and Spanish names. */
    public record Entry(FailureKind kind, String code, String nameEn, String nameEs) {}
}
