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
import org.millwright.support.IntegrationTest;
import org.millwright.support.TestTenants;
import tools.jackson.databind.JsonNode;

/** {@code millwright ingest} run in-process against the live server, as an operator would run it. */
class IngestCommandIT extends IntegrationTest {

    private static final String PUMPS = """
            # Centrifugal pump care

            ## Bearings

            Grease the pump bearings every three months with lithium grease; do not overfill them.
            """;
    private static final String NOTES = """
            Registro de lubricación
            El reductor de la cinta transportadora pierde aceite por el retén del eje de salida.
            """;

    private record Result(int status, String out, String err) {}

    private Result ingest(String... args) {
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        int status = new IngestCommand(
                        new PrintStream(out, true, StandardCharsets.UTF_8),
                        new PrintStream(err, true, StandardCharsets.UTF_8),
                        Map.of(),
                        false)
                .run(List.of(args));
        return new Result(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aFolderIsIngestedIntoTheTenantNamedBySlugWithASummary(@TempDir Path dir) throws IOException {
        var t = TestTenants.create(platformAdmin(), anonymousClient(), "Cli");
        Files.writeString(dir.resolve("pumps.md"), PUMPS);
        Files.writeString(dir.resolve("copy-of-pumps.md"), PUMPS);
        Files.writeString(dir.resolve("Lubricación.txt"), NOTES);
        Files.write(dir.resolve("setup.exe"), new byte[] {0x4D, 0x5A, 0, 0});

        Result run = ingest(
                dir.toString(), "--url", "http://localhost:" + port, "--api-key", ADMIN_KEY, "--tenant", t.slug());

        assertThat(run.status()).as(run.out() + run.err()).isZero();
        assertThat(run.out())
                .contains("into tenant " + t.id())
                .contains("[1/3] duplicate pumps.md: same content as copy-of-pumps.md")
                .contains("indexed copy-of-pumps.md (1 chunk)", "indexed Lubricación.txt (1 chunk)")
                .containsPattern("\\n  files\\s+4\\n")
                .containsPattern("\\n  indexed\\s+2\\n")
                .containsPattern("\\n  duplicates\\s+1\\n")
                .containsPattern("\\n  needs OCR\\s+0\\n")
                .containsPattern("\\n  failed\\s+0\\n")
                .containsPattern("\\n  skipped\\s+1\\n")
                .containsPattern("\\n  chunks\\s+[1-9]\\d*\\n")
                .contains("Skipped:\n  setup.exe: unsupported extension .exe");
        JsonNode docs = t.admin().get("/api/v1/knowledge/documents").json();
        assertThat(docs.get("totalItems").asInt()).isEqualTo(2);
        assertThat(docs.get("items").findValuesAsString("fileName"))
                .containsExactlyInAnyOrder("copy-of-pumps.md", "Lubricación.txt");
        JsonNode hits = t.admin()
                .get("/api/v1/knowledge/search?mode=bm25&q=reductor+pierde+aceite+por+el+ret%C3%A9n")
                .json();
        assertThat(hits.get(0).get("title").asString()).isEqualTo("Lubricación");
        assertThat(t.admin()
                        .get("/api/v1/knowledge/search?q=grease+pump+bearings")
                        .json()
                        .size())
                .isPositive();
    }

    @Test
    void aFileAboveTheLimitFailsWithTheServersReasonAndExit1(@TempDir Path dir) throws IOException {
        var t = TestTenants.create(platformAdmin(), anonymousClient(), "CliBig");
        var key = t.admin().post("/api/v1/admin/api-keys", Map.of("name", "ingest", "role", "TECHNICIAN"));
        assertThat(key.status()).as(key.toString()).isEqualTo(201);
        Files.writeString(dir.resolve("big.txt"), "x".repeat(3 * 1024 * 1024)); // the ITs' limit is 2MB
        Files.writeString(dir.resolve("ok.md"), PUMPS);

        Result run = ingest(
                dir.toString(),
                "--url",
                "http://localhost:" + port,
                "--language",
                "en",
                "--api-key",
                key.json().get("value").asString());

        assertThat(run.status()).as(run.out() + run.err()).isEqualTo(1);
        assertThat(run.out())
                .containsPattern("\\n  indexed\\s+1\\n")
                .containsPattern("\\n  failed\\s+1\\n")
                .contains("Failed:\n  big.txt: File big.txt is larger than the limit of 2 MB.");
        assertThat(t.admin()
                        .get("/api/v1/knowledge/documents")
                        .json()
                        .get("items")
                        .get(0)
                        .get("language")
                        .asString())
                .isEqualTo("en");
    }

    @Test
    void aTenantKeyCannotNameAnotherTenantAndBadKeysStopTheRun(@TempDir Path dir) throws IOException {
        var t = TestTenants.create(platformAdmin(), anonymousClient(), "CliKey");
        var key = t.admin().post("/api/v1/admin/api-keys", Map.of("name", "ingest", "role", "ADMIN"));
        Files.writeString(dir.resolve("ok.md"), PUMPS);
        String url = "http://localhost:" + port;

        Result other = ingest(
                dir.toString(),
                "--url",
                url,
                "--api-key",
                key.json().get("value").asString(),
                "--tenant",
                "some-other-tenant");
        Result unknown = ingest(dir.toString(), "--url", url, "--api-key", ADMIN_KEY, "--tenant", "no-such-slug");
        Result refused = ingest(dir.toString(), "--url", url, "--api-key", "mw_not-a-real-key-0000000000");

        assertThat(other.status()).isEqualTo(2);
        assertThat(other.err()).contains("--tenant works only with a platform-admin API key");
        assertThat(unknown.status()).isEqualTo(2);
        assertThat(unknown.err()).contains("no tenant has the slug no-such-slug");
        assertThat(refused.status()).isEqualTo(1);
        assertThat(refused.err()).contains("the server refused", "HTTP 401");
        assertThat(t.admin()
                        .get("/api/v1/knowledge/documents")
                        .json()
                        .get("totalItems")
                        .asInt())
                .isZero();
    }
}
