package org.millwright.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.millwright.platform.PlatformStorageContract;
import org.millwright.support.Api;
import org.millwright.support.TestTenants;
import tools.jackson.databind.JsonNode;

/** Upload, index and search through the API, as a plant would use it; run on H2 and on PostgreSQL. */
public interface KnowledgeContract {

    Api platformAdmin();

    Api anonymousClient();

    Path MANUALS = Path.of("..", "shared", "data", "manuals");

    @Test
    default void realManualsAreFoundInBothLanguagesWithSectionAndLineCitations() throws Exception {
        assumeThat(MANUALS)
                .as("the shared manuals are beside the repository in CI (../shared/data/manuals)")
                .exists();
        var t = TestTenants.create(platformAdmin(), anonymousClient(), "Manuals");
        Path english = MANUALS.resolve("en_doe_pump_sourcebook/basic_pump_maintenance.txt");
        Path spanish = MANUALS.resolve("es_ecobio_mantenimiento_bombas/IT-OP-MBH_mantenimiento_preventivo_bombas.md");
        var upload = t.admin()
                .upload(
                        "/api/v1/knowledge/documents",
                        Map.of(
                                english.getFileName().toString(), Files.readAllBytes(english),
                                spanish.getFileName().toString(), Files.readAllBytes(spanish)),
                        Map.of());
        assertThat(upload.status()).as(upload.toString()).isEqualTo(202);
        for (JsonNode u : upload.json()) {
            awaitIndexed(t.admin(), u.get("document"));
        }
        JsonNode en = search(t.admin(), "how often should the pump bearings be lubricated");
        assertThat(en.get(0).get("title").asString()).containsIgnoringCase("maintenance");
        assertThat(en.toString()).containsIgnoringCase("lubricat");
        assertThat(en.get(0).get("lineStart").asInt()).isPositive();
        JsonNode es = search(t.admin(), "¿cada cuántas horas se hace el mantenimiento preventivo de las bombas?");
        assertThat(es.get(0).get("language").asString()).isEqualTo("es");
        assertThat(es.get(0).get("sectionPath").size()).isPositive();
        assertThat(es.get(0).get("lineEnd").asInt())
                .isGreaterThanOrEqualTo(es.get(0).get("lineStart").asInt());
    }

    @Test
    default void aPdfIsCitedByPageAndDuplicatesAreRecognised() throws Exception {
        var t = TestTenants.create(platformAdmin(), anonymousClient(), "Pdf");
        byte[] pdf = pdf(
                "Compressor start-up checklist",
                "Drain the condensate trap before starting the compressor",
                "Replace the intake filter element every two thousand hours");
        var first = t.admin().upload("/api/v1/knowledge/documents", Map.of("compressor.pdf", pdf), Map.of());
        JsonNode doc = awaitIndexed(t.admin(), first.json().get(0).get("document"));
        assertThat(doc.get("pages").asInt()).isEqualTo(3);
        JsonNode hits = search(t.admin(), "intake filter element replacement");
        assertThat(hits.get(0).get("page").asInt()).isEqualTo(3);
        assertThat(hits.get(0).get("snippet").asString()).contains("<em>");
        var again = t.admin().upload("/api/v1/knowledge/documents", Map.of("copy.pdf", pdf), Map.of());
        assertThat(again.json().get(0).get("duplicate").asBoolean()).isTrue();
        assertThat(again.json().get(0).get("document").get("id")).isEqualTo(doc.get("id"));
        var file = t.admin().get("/api/v1/knowledge/documents/" + doc.get("id").asString() + "/file");
        assertThat(file.bytes()).isEqualTo(pdf);
    }

    @Test
    default void badFilesFailTheirJobWithAReasonAndOversizeIs413() {
        var t = TestTenants.create(platformAdmin(), anonymousClient(), "Bad");
        var corrupt = t.admin()
                .upload("/api/v1/knowledge/documents", Map.of("broken.pdf", new byte[] {1, 2, 3, 4, 5}), Map.of());
        JsonNode job = PlatformStorageContract.awaitJob(
                t.admin(), corrupt.json().get(0).get("document").get("jobId").asString());
        assertThat(job.get("state").asString()).isEqualTo("failed");
        assertThat(job.get("error").asString()).contains("broken.pdf");
        JsonNode doc = t.admin()
                .get("/api/v1/knowledge/documents/"
                        + corrupt.json().get(0).get("document").get("id").asString())
                .json();
        assertThat(doc.get("status").asString()).isEqualTo("failed");
        assertThat(doc.get("statusReason").asString()).isNotBlank();
        var big =
                t.admin().upload("/api/v1/knowledge/documents", Map.of("big.txt", new byte[3 * 1024 * 1024]), Map.of());
        assertThat(big.status()).isEqualTo(413);
        assertThat(t.admin()
                        .get("/api/v1/knowledge/documents")
                        .json()
                        .get("totalItems")
                        .asInt())
                .isEqualTo(1);
        assertThat(t.admin()
                        .upload(
                                "/api/v1/knowledge/documents",
                                Map.of("x.md", "# x\n\ny".getBytes()),
                                Map.of("language", "fr"))
                        .status())
                .isEqualTo(400);
    }

    @Test
    default void notesAreSearchableAndDeletedDocumentsDisappear() {
        var t = TestTenants.create(platformAdmin(), anonymousClient(), "Notes");
        var note = t.admin()
                .post(
                        "/api/v1/knowledge/notes",
                        Map.of(
                                "text",
                                "El motor de la llenadora se recalienta cuando el filtro de aire está tapado.",
                                "language",
                                "es"));
        assertThat(note.status()).isEqualTo(202);
        JsonNode doc = awaitIndexed(t.admin(), note.json().get("document"));
        assertThat(doc.get("kind").asString()).isEqualTo("note");
        assertThat(search(t.admin(), "filtro de aire tapado").get(0).get("documentId"))
                .isEqualTo(doc.get("id"));
        assertThat(t.admin()
                        .delete("/api/v1/knowledge/documents/" + doc.get("id").asString())
                        .status())
                .isEqualTo(204);
        assertThat(t.admin().get("/api/v1/knowledge/search?q=filtro").json().size())
                .isZero();
        assertThat(t.admin()
                        .get("/api/v1/knowledge/documents/" + doc.get("id").asString())
                        .status())
                .isEqualTo(404);
    }

    private static JsonNode awaitIndexed(Api api, JsonNode document) {
        PlatformStorageContract.awaitJob(api, document.get("jobId").asString());
        JsonNode doc = api.get(
                        "/api/v1/knowledge/documents/" + document.get("id").asString())
                .json();
        assertThat(doc.get("status").asString()).as(doc.toString()).isEqualTo("indexed");
        assertThat(doc.get("chunkCount").asInt()).isPositive();
        return doc;
    }

    private static JsonNode search(Api api, String question) {
        var response = api.get("/api/v1/knowledge/search?k=5&q="
                + java.net.URLEncoder.encode(question, java.nio.charset.StandardCharsets.UTF_8));
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(response.json().size()).as("hits for: " + question).isPositive();
        return response.json();
    }

    private static byte[] pdf(String... pages) throws Exception {
        try (PDDocument document = new PDDocument()) {
            for (String text : pages) {
                PDPage page = new PDPage();
                document.addPage(page);
                try (var content = new PDPageContentStream(document, page)) {
                    content.beginText();
                    content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                    content.newLineAtOffset(72, 700);
                    content.showText(text);
                    content.endText();
                }
            }
            var out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }
}
