package org.millwright.knowledge.internal.parsing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.millwright.knowledge.internal.parsing.ParseFailure.Reason;

class OcrTest {

    private static final String NOT_INSTALLED = "tesseract-ocr with spa+eng is not installed; .ci/run installs it";
    private static final List<String> SPANISH = List.of(
            "Lubrique los rodamientos de la bomba", "cada tres meses con grasa de litio.", "Revise el sello mecanico.");
    private static final List<String> ENGLISH = List.of(
            "Replace the compressor intake filter", "every two thousand hours of operation.", "Drain the condensate.");

    private final Ocr tesseract = new Ocr("tesseract", "spa+eng", 300, Duration.ofSeconds(60));

    @Test
    void scannedPagesAreReadByOcrAndKeepTheirPageNumbers() {
        assumeTrue(tesseract.available(), NOT_INSTALLED);
        List<String> progress = new ArrayList<>();

        ParsedDocument doc = new DocumentParser(10, tesseract)
                .parse(
                        ScannedPdfs.of(SPANISH, ENGLISH),
                        "scan.pdf",
                        null,
                        (done, total) -> progress.add(done + "/" + total));

        assertThat(doc.ocrPages()).isEqualTo(2);
        assertThat(doc.blocks()).extracting(Block::page).containsExactly(1, 2);
        assertThat(doc.blocks().get(0).text().toLowerCase())
                .contains("rodamientos", "bomba", "grasa")
                .doesNotContain("compressor");
        assertThat(doc.blocks().get(1).text().toLowerCase()).contains("compressor", "intake", "filter", "hours");
        assertThat(doc.blocks())
                .allSatisfy(b -> assertThat(doc.fullText().substring(b.charStart(), b.charEnd()))
                        .isEqualTo(b.text()));
        assertThat(progress).containsExactly("0/2", "1/2", "2/2");
    }

    @Test
    void onlyThePagesWithoutTextAreReadByOcr() throws IOException {
        assumeTrue(tesseract.available(), NOT_INSTALLED);
        byte[] mixed = withTextPageFirst(ScannedPdfs.of(ENGLISH), "Pump alignment: check the coupling gap first.");

        ParsedDocument doc = new DocumentParser(10, tesseract).parse(mixed, "mixed.pdf", "application/pdf");

        assertThat(doc.ocrPages()).isEqualTo(1);
        assertThat(doc.blocks()).extracting(Block::page).containsExactly(1, 2);
        assertThat(doc.blocks().get(0).text()).isEqualTo("Pump alignment: check the coupling gap first.");
        assertThat(doc.blocks().get(1).text().toLowerCase()).contains("intake filter");
    }

    @Test
    void withoutTesseractAScanNeedsOcrAndSaysSo() {
        Ocr missing = new Ocr("/nonexistent/millwright-tesseract", "spa+eng", 300, Duration.ofSeconds(5));

        ParseFailure failure = catchThrowableOfType(
                ParseFailure.class,
                () -> new DocumentParser(10, missing).parse(ScannedPdfs.of(ENGLISH), "scan.pdf", null));

        assertThat(missing.available()).isFalse();
        assertThat(failure.reason()).isEqualTo(Reason.NEEDS_OCR);
        assertThat(failure.messageKey()).isEqualTo("knowledge.parse.needs_ocr");
        assertThat(failure.getMessage()).contains("scan.pdf", "tesseract is not installed", "tesseract-ocr-spa");
    }

    @Test
    void turnedOffOcrLeavesScansNeedingOcr() {
        ParseFailure failure = catchThrowableOfType(
                ParseFailure.class, () -> new DocumentParser().parse(ScannedPdfs.of(SPANISH), "escaneo.pdf", null));

        assertThat(failure.reason()).isEqualTo(Reason.NEEDS_OCR);
        assertThat(failure.getMessage()).contains("turned off");
    }

    @Test
    void missingLanguageDataMakesOcrUnavailable() {
        assumeTrue(new Ocr("tesseract", "eng", 300, Duration.ofSeconds(5)).available(), NOT_INSTALLED);

        Ocr klingon = new Ocr("tesseract", "eng+tlh", 300, Duration.ofSeconds(5));

        assertThat(klingon.available()).isFalse();
        assertThat(klingon.unavailableReason()).contains("lacks the language data tlh");
    }

    @Test
    @DisabledOnOs(
            value = OS.WINDOWS,
            disabledReason = "the stand-in tesseract is a POSIX shell script; CI runs on Linux")
    void aPageRunningPastTheTimeoutIsKilledAndFailsTheDocument(@TempDir Path dir) throws IOException {
        Ocr slow = new Ocr(fakeTesseract(dir, "exec sleep 30"), "spa+eng", 100, Duration.ofSeconds(1));
        long start = System.nanoTime();

        ParseFailure failure = catchThrowableOfType(
                ParseFailure.class,
                () -> new DocumentParser(10, slow).parse(ScannedPdfs.of(ENGLISH), "slow.pdf", null));

        assertThat(failure.reason()).isEqualTo(Reason.OCR_FAILED);
        assertThat(failure.getMessage()).contains("slow.pdf", "page 1", "did not finish in 1 s");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(20));
    }

    @Test
    @DisabledOnOs(
            value = OS.WINDOWS,
            disabledReason = "the stand-in tesseract is a POSIX shell script; CI runs on Linux")
    void aFailingTesseractFailsTheDocumentWithItsError(@TempDir Path dir) throws IOException {
        Ocr broken = new Ocr(
                fakeTesseract(dir, "echo 'Error: image unreadable' >&2; exit 3"),
                "spa+eng",
                100,
                Duration.ofSeconds(10));

        ParseFailure failure = catchThrowableOfType(
                ParseFailure.class,
                () -> new DocumentParser(10, broken).parse(ScannedPdfs.of(ENGLISH, SPANISH), "bad.pdf", null));

        assertThat(failure.reason()).isEqualTo(Reason.OCR_FAILED);
        assertThat(failure.getMessage()).contains("exited with 3", "image unreadable");
    }

    @Test
    @DisabledOnOs(
            value = OS.WINDOWS,
            disabledReason = "the stand-in tesseract is a POSIX shell script; CI runs on Linux")
    void blankPagesAreNotSentToOcrAndFailAsNoText(@TempDir Path dir) throws IOException {
        Ocr failing = new Ocr(fakeTesseract(dir, "exit 3"), "spa+eng", 100, Duration.ofSeconds(10));

        ParseFailure failure = catchThrowableOfType(
                ParseFailure.class,
                () -> new DocumentParser(10, failing)
                        .parse(Pdfs.aPdf().blankPage().blankPage().build(), "blank.pdf", null));

        assertThat(failure.reason()).isEqualTo(Reason.NO_TEXT);
        assertThat(failure.getMessage()).contains("nothing drawn");
    }

    @Test
    @DisabledOnOs(
            value = OS.WINDOWS,
            disabledReason = "the stand-in tesseract is a POSIX shell script; CI runs on Linux")
    void thePageLimitHoldsBeforeAnyOcr(@TempDir Path dir) throws IOException {
        Ocr failing = new Ocr(fakeTesseract(dir, "exit 3"), "spa+eng", 100, Duration.ofSeconds(10));

        ParseFailure failure = catchThrowableOfType(
                ParseFailure.class,
                () -> new DocumentParser(1, failing).parse(ScannedPdfs.of(ENGLISH, SPANISH), "long.pdf", null));

        assertThat(failure.reason()).isEqualTo(Reason.TOO_MANY_PAGES);
    }

    /** A stand-in for tesseract: lists spa and eng, and runs {@code onImage} when asked to read one. */
    private static String fakeTesseract(Path dir, String onImage) throws IOException {
        Path script = dir.resolve("tesseract");
        Files.writeString(
                script,
                "#!/bin/sh\nif [ \"$1\" = --list-langs ]; then printf 'List of available languages (2):\\neng\\nspa\\n'; exit 0; fi\n"
                        + onImage + "\n");
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
        return script.toString();
    }

    private static byte[] withTextPageFirst(byte[] scan, String line) throws IOException {
        try (var pdf = Loader.loadPDF(scan)) {
            PDPage page = new PDPage();
            pdf.getPages().insertBefore(page, pdf.getPage(0));
            try (var content = new PDPageContentStream(pdf, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                content.newLineAtOffset(72, 700);
                content.showText(line);
                content.endText();
            }
            var out = new ByteArrayOutputStream();
            pdf.save(out);
            return out.toByteArray();
        }
    }
}
