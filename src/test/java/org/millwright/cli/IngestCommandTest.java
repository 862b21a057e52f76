package org.millwright.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command without a server: usage errors, dry runs, what is skipped, how progress looks. */
class IngestCommandTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(Map<String, String> env, String... args) {
        var command = new IngestCommand(
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8),
                env,
                false);
        return command.run(List.of(args));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void usageErrorsExitWith2AndPrintTheUsage() {
        assertThat(run(Map.of(), "docs", "--bogus")).isEqualTo(2);
        assertThat(err()).contains("unknown option --bogus", "Usage: millwright ingest <folder>", "--tenant");
        assertThat(out()).isEmpty();
    }

    @Test
    void aMissingFolderIsAUsageError(@TempDir Path dir) {
        assertThat(run(Map.of("MILLWRIGHT_API_KEY", "k"), dir.resolve("nope").toString()))
                .isEqualTo(2);
        assertThat(err()).contains("not a folder");
    }

    @Test
    void helpPrintsTheUsageAndSucceeds() {
        assertThat(run(Map.of(), "--help")).isZero();
        assertThat(out()).contains("Usage: millwright ingest", "Exit status");
    }

    @Test
    void aDryRunListsWhatWouldBeSentAndSkipsTheRest(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("pump.md"), "# Pump");
        Files.writeString(dir.resolve("notes.TXT"), "notes");
        Files.write(dir.resolve("setup.exe"), new byte[] {0x4D, 0x5A});
        Files.writeString(dir.resolve(".hidden.md"), "x");
        Files.createDirectories(dir.resolve("sub"));
        Files.writeString(dir.resolve("sub/deep.md"), "# Deep");

        assertThat(run(Map.of(), dir.toString(), "--dry-run")).isZero();

        assertThat(out())
                .contains("to upload notes.TXT", "to upload pump.md", "skipped setup.exe: unsupported extension .exe")
                .contains("skipped .hidden.md: hidden file")
                .doesNotContain("deep.md")
                .containsPattern("to upload\\s+2\\n")
                .containsPattern("skipped\\s+2\\n");
        out.reset();
        assertThat(run(Map.of(), dir.toString(), "--dry-run", "--recursive")).isZero();
        assertThat(out()).contains("to upload sub/deep.md").containsPattern("to upload\\s+3\\n");
    }

    @Test
    void anUnreachableServerFailsWithExit1(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("pump.md"), "# Pump");

        int status = run(Map.of("MILLWRIGHT_API_KEY", "k"), dir.toString(), "--url", "http://127.0.0.1:1");

        assertThat(status).isEqualTo(1);
        assertThat(err()).contains("cannot reach the server at http://127.0.0.1:1");
    }

    @Test
    void skipReasons() {
        assertThat(IngestCommand.skipReason(Path.of("a/manual.PDF"))).isNull();
        assertThat(IngestCommand.skipReason(Path.of("README"))).isEqualTo("no extension");
        assertThat(IngestCommand.skipReason(Path.of(".git/config.md"))).isEqualTo("hidden file");
        assertThat(IngestCommand.skipReason(Path.of("photo.jpg"))).isEqualTo("unsupported extension .jpg");
    }

    @Test
    void onATerminalOneLineIsRedrawnAndProblemsArePrintedAboveIt() {
        var view = new ProgressView(new PrintStream(out, true, StandardCharsets.UTF_8), true, 4);

        view.working("manual.pdf", "uploading");
        view.finished(new FileOutcome("manual.pdf", FileOutcome.Kind.INDEXED, null, 12, 30));
        view.finished(FileOutcome.of("scan.pdf", FileOutcome.Kind.NEEDS_OCR, "no tesseract"));
        view.close();

        assertThat(out())
                .startsWith("\r[")
                .contains("0/4   0%  manual.pdf (uploading)", "1/4  25%  manual.pdf", "2/4  50%  scan.pdf")
                .contains("[2/4] needs OCR scan.pdf: no tesseract\n")
                .endsWith("\n")
                .doesNotContain("[1/4] indexed");
    }

    @Test
    void elsewhereEachFinishedFileIsOneLine() {
        var view = new ProgressView(new PrintStream(out, true, StandardCharsets.UTF_8), false, 10);

        view.working("manual.pdf", "uploading");
        view.finished(new FileOutcome("manual.pdf", FileOutcome.Kind.INDEXED, null, 12, 30));
        view.finished(FileOutcome.of("tool.exe", FileOutcome.Kind.FAILED, "too big"));
        view.close();

        assertThat(out())
                .isEqualTo("[ 1/10] indexed manual.pdf (12 pages, 30 chunks)\n[ 2/10] failed tool.exe: too big\n");
    }

    @Test
    void fileNamesAreSentAsAsciiAndExactly() {
        assertThat(ServerClient.fileNameParameters("Lubricación \"A\".txt"))
                .isEqualTo("filename=\"Lubricaci_n _A_.txt\"; filename*=UTF-8''Lubricaci%C3%B3n%20%22A%22.txt");
    }

    @Test
    void problemsAreExplainedByTheirDetail() {
        assertThat(ServerClient.problem(413, "{\"title\":\"Payload Too Large\",\"detail\":\"File a.pdf is larger\"}"))
                .isEqualTo("File a.pdf is larger");
        assertThat(ServerClient.problem(502, "<html>bad gateway</html>")).isEqualTo("HTTP 502");
    }
}
