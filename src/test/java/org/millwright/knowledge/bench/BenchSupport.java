package org.millwright.knowledge.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import jdk.jfr.Configuration;
import jdk.jfr.Recording;
import jdk.jfr.RecordingState;

/** Timing statistics, heap and disk measurements and report files shared by the benchmarks. */
final class BenchSupport {

    /** Where benchmarks keep their caches and reports. */
    static final Path DIR = Path.of("target", "bench");

    private BenchSupport() {}

    /** Latencies in milliseconds. */
    record Latency(int count, double p50, double p95, double p99, double mean, double max) {

        static Latency of(long[] nanos) {
            long[] sorted = nanos.clone();
            Arrays.sort(sorted);
            double sum = 0;
            for (long n : sorted) {
                sum += n;
            }
            return new Latency(
                    sorted.length,
                    ms(percentile(sorted, 50)),
                    ms(percentile(sorted, 95)),
                    ms(percentile(sorted, 99)),
                    sorted.length == 0 ? 0 : ms((long) (sum / sorted.length)),
                    sorted.length == 0 ? 0 : ms(sorted[sorted.length - 1]));
        }

        /** Nearest-rank percentile of sorted values. */
        private static long percentile(long[] sorted, double p) {
            if (sorted.length == 0) {
                return 0;
            }
            int rank = (int) Math.ceil(p / 100 * sorted.length);
            return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
        }

        private static double ms(long nanos) {
            return nanos / 1e6;
        }
    }

    /** Heap in use after a few full collections (a quiet measurement, not an exact one). */
    static long heapAfterGc() {
        var memory = ManagementFactory.getMemoryMXBean();
        for (int i = 0; i < 3; i++) {
            System.gc();
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return memory.getHeapMemoryUsage().getUsed();
    }

    /** Total size of the regular files under a directory. */
    static long directorySize(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile)
                    .mapToLong(f -> {
                        try {
                            return Files.size(f);
                        } catch (IOException e) {
                            return 0; // a file removed by a merge meanwhile
                        }
                    })
                    .sum();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p :
                    files.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Prints the report and writes it to {@code target/bench/<name>}. */
    static void report(String name, String markdown) {
        System.out.println();
        System.out.println(markdown);
        try {
            Files.createDirectories(DIR);
            Files.writeString(DIR.resolve(name), markdown);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A Markdown table row. */
    static String row(Object... cells) {
        return "| "
                + String.join(" | ", Stream.of(cells).map(BenchSupport::cell).toList())
                + " |\n";
    }

    static String header(String... names) {
        return row((Object[]) names) + "|" + "---|".repeat(names.length) + "\n";
    }

    private static String cell(Object o) {
        if (o instanceof Double d) {
            return format(d);
        }
        return String.valueOf(o);
    }

    static String format(double d) {
        return String.format(Locale.ROOT, d >= 100 ? "%.0f" : d >= 10 ? "%.1f" : "%.2f", d);
    }

    static String mib(long bytes) {
        return String.format(Locale.ROOT, "%.1f MiB", bytes / (1024.0 * 1024.0));
    }

    /** The machine and JVM, for the report's heading. */
    static String environment() {
        Runtime rt = Runtime.getRuntime();
        return "Java " + System.getProperty("java.version") + ", " + rt.availableProcessors() + " CPUs, max heap "
                + mib(rt.maxMemory()) + ", " + System.getProperty("os.name") + " " + System.getProperty("os.arch");
    }

    /**
     * A JFR recording with the "profile" settings when {@code -Dbench.jfr=true}, else an idle one
     * (closing it is harmless); see {@link #dump}.
     */
    static Recording flightRecording() {
        Recording recording;
        try {
            recording = new Recording(Configuration.getConfiguration("profile"));
        } catch (IOException | ParseException e) {
            throw new IllegalStateException(e);
        }
        if (Boolean.getBoolean("bench.jfr")) {
            recording.start();
        }
        return recording;
    }

    /** Writes a started recording to {@code target/bench/<name>}. */
    static void dump(Recording recording, String name) {
        if (recording.getState() != RecordingState.RUNNING) {
            return;
        }
        try {
            Files.createDirectories(DIR);
            recording.stop();
            recording.dump(DIR.resolve(name));
            System.out.println("JFR recording: " + DIR.resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sum of hit counts: keeps the JIT from dropping work whose result is unused. */
    static long consume(List<?> hits) {
        return hits.size();
    }
}
