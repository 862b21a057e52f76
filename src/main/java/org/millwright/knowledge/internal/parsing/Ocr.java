package org.millwright.knowledge.internal.parsing;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * Text recognition of PDF pages with the {@code tesseract} program (Debian's {@code
 * tesseract-ocr} and its language packages), run as a process: a page is rendered in grayscale at
 * the configured DPI to a PNG and {@code tesseract <png> stdout -l <languages>} reads it. Whether
 * tesseract and the languages are installed is checked once, on first use ({@code tesseract
 * --list-langs}). Thread-safe.
 */
public final class Ocr {

    /** Reports OCR progress: pages done out of the pages that need OCR. */
    @FunctionalInterface
    public interface Progress {
        Progress NONE = (done, total) -> {};

        void pages(int done, int total);
    }

    /** A page that could not be recognized: tesseract failed, timed out or could not be started. */
    static final class Failure extends Exception {
        Failure(String message) {
            super(message);
        }
    }

    private static final Duration LIST_TIMEOUT = Duration.ofSeconds(20);
    private static final int MAX_ERROR_CHARS = 300;

    private final boolean enabled;
    private final String command;
    private final String languages;
    private final int dpi;
    private final Duration pageTimeout;
    private volatile String unavailable; // null until checked; "" when available

    /**
     * @param command the tesseract executable, a name on the PATH or a path
     * @param languages tesseract language codes joined by {@code +}, e.g. {@code spa+eng}
     * @param dpi the resolution pages are rendered at
     * @param pageTimeout how long one page may take before tesseract is killed
     */
    public Ocr(String command, String languages, int dpi, Duration pageTimeout) {
        this(true, command, languages, dpi, pageTimeout);
    }

    private Ocr(boolean enabled, String command, String languages, int dpi, Duration pageTimeout) {
        this.enabled = enabled;
        this.command = Objects.requireNonNull(command, "command");
        this.languages = Objects.requireNonNull(languages, "languages");
        this.dpi = dpi;
        this.pageTimeout = Objects.requireNonNull(pageTimeout, "pageTimeout");
        if (enabled && (command.isBlank() || !languages.matches("[A-Za-z0-9_]+(\\+[A-Za-z0-9_]+)*"))) {
            throw new IllegalArgumentException("OCR needs a command and languages like spa+eng");
        }
        if (dpi < 72 || dpi > 1200 || pageTimeout.isNegative() || pageTimeout.isZero()) {
            throw new IllegalArgumentException("OCR needs 72 to 1200 DPI and a positive page timeout");
        }
    }

    /** OCR turned off: scanned pages are reported as needing OCR. */
    public static Ocr off() {
        return new Ocr(false, "tesseract", "spa+eng", 300, Duration.ofSeconds(60));
    }

    /** Whether pages can be recognized: enabled, tesseract runs and has every configured language. */
    public boolean available() {
        return unavailableReason().isEmpty();
    }

    /** Why OCR cannot run, for people; empty when it can. Checked once. */
    public String unavailableReason() {
        String reason = unavailable;
        if (reason == null) {
            synchronized (this) {
                if (unavailable == null) {
                    unavailable = enabled ? check() : "OCR is turned off (millwright.knowledge.ocr.enabled=false)";
                }
                reason = unavailable;
            }
        }
        return reason;
    }

    public String languages() {
        return languages;
    }

    private String check() {
        String hint = "install tesseract-ocr with tesseract-ocr-spa and tesseract-ocr-eng";
        List<String> out;
        try {
            out = listLanguages();
        } catch (IOException e) {
            return "tesseract is not installed ('" + command + "' cannot be run: " + e.getMessage() + "); " + hint;
        }
        Set<String> installed = out.stream().map(String::strip).collect(Collectors.toSet());
        List<String> missing = Arrays.stream(languages.split("\\+"))
                .filter(l -> !installed.contains(l))
                .toList();
        if (!missing.isEmpty()) {
            return "tesseract is installed but lacks the language data " + String.join(", ", missing)
                    + " (Debian packages tesseract-ocr-<lang>); " + hint;
        }
        return "";
    }

    private List<String> listLanguages() throws IOException {
        Path output = Files.createTempFile("millwright-ocr-langs", ".txt");
        try {
            Process process = new ProcessBuilder(command, "--list-langs")
                    .redirectErrorStream(true) // tesseract 3 wrote the list to stderr
                    .redirectOutput(output.toFile())
                    .start();
            if (!waitFor(process, LIST_TIMEOUT)) {
                throw new IOException("'--list-langs' did not finish in " + LIST_TIMEOUT.toSeconds() + " s");
            }
            if (process.exitValue() != 0) {
                throw new IOException("'--list-langs' exited with " + process.exitValue());
            }
            return Files.readAllLines(output, StandardCharsets.UTF_8);
        } finally {
            Files.deleteIfExists(output);
        }
    }

    /**
     * The text of one page (0-based index), recognized from its rendering.
     *
     * @param workDir a folder for the page image and tesseract's output
     * @throws Failure when tesseract cannot be run, fails or runs past the page timeout
     */
    String pageText(PDFRenderer renderer, int pageIndex, Path workDir) throws Failure {
        int page = pageIndex + 1;
        Path png = workDir.resolve("page-" + page + ".png");
        Path text = workDir.resolve("page-" + page + ".txt");
        Path errors = workDir.resolve("page-" + page + ".err");
        try {
            BufferedImage image = renderer.renderImageWithDPI(pageIndex, dpi, ImageType.GRAY);
            if (!ImageIO.write(image, "png", png.toFile())) {
                throw new IOException("no PNG writer");
            }
        } catch (IOException | RuntimeException e) {
            throw new Failure("page " + page + ": cannot render the page for text recognition: " + e.getMessage());
        }
        try {
            Process process = new ProcessBuilder(command, png.toString(), "stdout", "-l", languages)
                    .redirectOutput(text.toFile())
                    .redirectError(errors.toFile())
                    .start();
            if (!waitFor(process, pageTimeout)) {
                throw new Failure("page " + page + ": text recognition did not finish in " + pageTimeout.toSeconds()
                        + " s (millwright.knowledge.ocr.page-timeout)");
            }
            if (process.exitValue() != 0) {
                throw new Failure("page " + page + ": tesseract exited with " + process.exitValue() + ": "
                        + tail(Files.readString(errors, StandardCharsets.UTF_8)));
            }
            return Files.readString(text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new Failure("page " + page + ": tesseract cannot be run: " + e.getMessage());
        }
    }

    /** Waits for the process; on timeout or interruption kills it (and its children). */
    private static boolean waitFor(Process process, Duration timeout) throws IOException {
        try {
            if (process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                return true;
            }
            kill(process);
            return false;
        } catch (InterruptedException e) {
            kill(process);
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for tesseract", e);
        }
    }

    private static void kill(Process process) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        try {
            process.waitFor(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String tail(String errors) {
        String clean = errors.strip().replaceAll("\\s+", " ");
        return clean.length() <= MAX_ERROR_CHARS ? clean : "…" + clean.substring(clean.length() - MAX_ERROR_CHARS);
    }
}
