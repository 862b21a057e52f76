package org.millwright.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.millwright.knowledge.internal.index.KnowledgeIndex;
import org.millwright.knowledge.internal.parsing.Ocr;
import org.millwright.knowledge.internal.parsing.ScannedPdfs;
import org.millwright.platform.PlatformStorageContract;
import org.millwright.support.Api;
import org.millwright.support.TestTenants;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/** Upload, index and search through the API, as a plant would use it; run on H2 and on PostgreSQL. */
public interface KnowledgeContract {

    Api platformAdmin();

    Api anonymousClient();

    JdbcTemplate jdbc();

    <T> T bean(Class<T> type);

    String REINDEX = "/api/v1/knowledge/reindex";

    Path MANUALS = Path.of("..", "shared", "data", "manuals");

    String IMAGES = "/api/v1/knowledge/images";

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
    default void aScannedPdfIsReadByOcrAndCitedByPage() {
        assumeThat(new Ocr("tesseract", "spa+eng", 300, Duration.ofSeconds(60)).available())
                .as("tesseract-ocr with spa+eng is not installed; .ci/run installs it")
                .isTrue();
        var t = TestTenants.create(platformAdmin(), anonymousClient(), "Scan");
        byte[] scan = ScannedPdfs.of(
                List.of("Limpie el filtro de aire del compresor", "cada quinientas horas de trabajo."),
                List.of("Check the gearbox oil level", "every week with the conveyor stopped."));
        var upload = t.admin().upload("/api/v1/knowledge/documents", Map.of("scan.pdf", scan), Map.of());
        assertThat(upload.status()).as(upload.toString()).isEqualTo(202);
        JsonNode job = PlatformStorageContract.awaitJob(
                t.admin(), upload.json().get(0).get("document").get("jobId").asString());
        assertThat(job.get("result").get("ocrPages").asInt()).as(job.toString()).isEqualTo(2);
        JsonNode doc = awaitIndexed(t.admin(), upload.json().get(0).get("document"));
        assertThat(doc.get("pages").asInt()).isEqualTo(2);
        assertThat(doc.get("statusReason").asString()).startsWith("ocr: 2 of 2 pages");
        JsonNode hits = search(t.admin(), "gearbox oil level");
        assertThat(hits.get(0).get("documentId")).isEqualTo(doc.get("id"));
        assertThat(hits.get(0).get("page").asInt()).isEqualTo(2);
        assertThat(search(t.admin(), "filtro de aire del compresor")
                        .get(0)
                        .get("page")
                        .asInt())
                .isEqualTo(1);
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
        var noFile = t.admin().upload("/api/v1/knowledge/documents", Map.of(), Map.of("title", "nothing"));
        assertThat(noFile.status()).as(noFile.toString()).isEqualTo(400);
        assertThat(noFile.json().get("errors").get(0).get("field").asString()).isEqualTo("files");
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

    @Test
    default void imagesAreStoredServedAndFoundByCaptionAndMachine() throws Exception {
        var t = TestTenants.create(platformAdmin(), anonymousClient(), "Images");
        String asset = asset(t, "B-101", "Bomba de alimentación de la caldera");
        byte[] png = png(7);
        var upload = t.admin()
                .upload(
                        IMAGES,
                        "file",
                        Map.of("placa.png", png),
                        Map.of(
                                "caption",
                                "Placa de características del motor con la corriente nominal",
                                "assetIds",
                                asset,
                                "tags",
                                "placa,motor"));
        assertThat(upload.status()).as(upload.toString()).isEqualTo(202);
        assertThat(upload.json().get("duplicate").asBoolean()).isFalse();
        String id = upload.json().get("image").get("id").asString();
        String url = IMAGES + "/" + id + "/file";
        JsonNode image = awaitImage(t.admin(), upload.json().get("image"));
        var note = t.admin()
                .post("/api/v1/knowledge/notes", Map.of("text", "La placa del motor se despega con la vibración."));
        JsonNode noteDoc = awaitIndexed(t.admin(), note.json().get("document"));
        assertThat(image.get("url").asString()).isEqualTo(url);
        assertThat(image.get("mediaType").asString()).isEqualTo("image/png");
        assertThat(image.get("width").asInt()).isEqualTo(64);
        assertThat(image.get("height").asInt()).isEqualTo(48);
        assertThat(image.get("chunkCount").asInt()).isEqualTo(1);
        assertThat(image.get("language").asString()).isEqualTo("es");
        assertThat(image.get("assetIds").get(0).asString()).isEqualTo(asset);

        JsonNode byCaption = search(t.admin(), "corriente nominal del motor", "&mode=bm25");
        assertThat(byCaption.get(0).get("documentId").asString()).isEqualTo(id);
        assertThat(byCaption.get(0).get("kind").asString()).isEqualTo("image");
        assertThat(byCaption.get(0).get("imageUrl").asString()).isEqualTo(url);
        assertThat(byCaption.get(0).get("title").asString()).startsWith("Placa de características");
        JsonNode byMachine = search(t.admin(), "caldera", "&mode=bm25");
        assertThat(byMachine.get(0).get("documentId").asString()).isEqualTo(id);
        JsonNode images = search(t.admin(), "placa motor", "&mode=bm25&kind=image");
        assertThat(images.size()).isEqualTo(1);
        assertThat(images.get(0).get("documentId").asString()).isEqualTo(id);
        JsonNode notes = search(t.admin(), "placa motor", "&mode=bm25&kind=note");
        assertThat(notes.size()).isEqualTo(1);
        assertThat(notes.get(0).get("documentId")).isEqualTo(noteDoc.get("id"));
        assertThat(notes.get(0).get("kind").asString()).isEqualTo("note");
        assertThat(notes.get(0).get("imageUrl").isNull()).isTrue();
        JsonNode ofMachine = search(t.admin(), "placa motor", "&mode=bm25&assetId=" + asset);
        assertThat(ofMachine.size()).isEqualTo(1);
        assertThat(ofMachine.get(0).get("documentId").asString()).isEqualTo(id);
        assertThat(t.admin()
                        .get("/api/v1/knowledge/search?mode=bm25&q=placa&assetId=" + UUID.randomUUID())
                        .json()
                        .size())
                .isZero();
        assertThat(t.admin()
                        .get("/api/v1/knowledge/search?q=placa&kind=document")
                        .json()
                        .size())
                .isZero();
        assertThat(t.admin().get("/api/v1/knowledge/search?q=placa&kind=video").status())
                .isEqualTo(400);

        var file = t.admin().get(url);
        assertThat(file.status()).isEqualTo(200);
        assertThat(file.bytes()).isEqualTo(png);
        assertThat(file.header("Content-Type")).isEqualTo("image/png");
        assertThat(file.header("Cache-Control")).contains("private").contains("max-age");
        String etag = file.header("ETag");
        assertThat(etag).matches("\"[0-9a-f]{64}\"");
        assertThat(t.admin().withHeader("If-None-Match", etag).get(url).status())
                .isEqualTo(304);

        assertThat(t.admin()
                        .get(IMAGES + "?assetId=" + asset)
                        .json()
                        .get("totalItems")
                        .asInt())
                .isEqualTo(1);
        assertThat(t.admin()
                        .get(IMAGES + "?assetId=" + UUID.randomUUID())
                        .json()
                        .get("totalItems")
                        .asInt())
                .isZero();
        JsonNode listed = t.admin().get("/api/v1/knowledge/documents").json();
        assertThat(listed.get("totalItems").asInt()).isEqualTo(1);
        assertThat(listed.toString()).doesNotContain(id);
        assertThat(t.admin().get("/api/v1/knowledge/documents/" + id).status()).isEqualTo(404);

        var again = t.admin().upload(IMAGES, "file", Map.of("copy.png", png), Map.of("caption", "Otra leyenda"));
        assertThat(again.status()).as(again.toString()).isEqualTo(200);
        assertThat(again.json().get("duplicate").asBoolean()).isTrue();
        assertThat(again.json().get("image").get("id").asString()).isEqualTo(id);
        var asDocument = t.admin().upload("/api/v1/knowledge/documents", Map.of("placa.png", png), Map.of());
        assertThat(asDocument.status()).as(asDocument.toString()).isEqualTo(409);
        assertThat(t.admin().get(IMAGES).json().get("totalItems").asInt()).isEqualTo(1);

        assertThat(t.admin().delete(IMAGES + "/" + id).status()).isEqualTo(204);
        JsonNode afterDelete = search(t.admin(), "placa motor", "&mode=bm25");
        assertThat(afterDelete.size()).isEqualTo(1);
        assertThat(afterDelete.get(0).get("kind").asString()).isEqualTo("note");
        assertThat(t.admin()
                        .get("/api/v1/knowledge/search?mode=bm25&q=caldera")
                        .json()
                        .size())
                .isZero();
        assertThat(t.admin().get(IMAGES + "/" + id).status()).isEqualTo(404);
        assertThat(t.admin().get(url).status()).isEqualTo(404);
    }

    @Test
    default void badImagesAreRefusedAndChangeNothing() throws Exception {
        var t = TestTenants.create(platformAdmin(), anonymousClient(), "BadImages");
        Map<String, String> caption = Map.of("caption", "Válvula de purga");
        assertThat(t.admin()
                        .upload(IMAGES, "file", Map.of("a.png", png(1)), Map.of())
                        .status())
                .isEqualTo(400);
        assertThat(t.admin()
                        .upload(IMAGES, "file", Map.of("a.png", png(1)), Map.of("caption", "   "))
                        .status())
                .isEqualTo(400);
        assertThat(t.admin()
                        .upload(IMAGES, "file", Map.of("a.png", png(1)), Map.of("caption", "x".repeat(301)))
                        .status())
                .isEqualTo(400);
        assertThat(t.admin()
                        .upload(IMAGES, "files", Map.of("a.png", png(1)), caption)
                        .status())
                .isEqualTo(400);
        var text = t.admin()
                .spanish()
                .upload(IMAGES, "file", Map.of("notes.png", "only text".getBytes(StandardCharsets.UTF_8)), caption);
        assertThat(text.status()).as(text.toString()).isEqualTo(422);
        assertThat(text.json().get("detail").asString()).contains("notes.png").contains("no es una imagen");
        byte[] broken = png(1);
        java.util.Arrays.fill(broken, 16, broken.length, (byte) 0x5A);
        assertThat(t.admin()
                        .upload(IMAGES, "file", Map.of("broken.png", broken), caption)
                        .status())
                .isEqualTo(422);
        byte[] big = java.util.Arrays.copyOf(png(1), 1536 * 1024);
        assertThat(t.admin()
                        .upload(IMAGES, "file", Map.of("big.png", big), caption)
                        .status())
                .isEqualTo(413);
        var unknownAsset = t.admin()
                .upload(
                        IMAGES,
                        "file",
                        Map.of("a.png", png(1)),
                        Map.of(
                                "caption",
                                "Válvula",
                                "assetIds",
                                UUID.randomUUID().toString()));
        assertThat(unknownAsset.status()).as(unknownAsset.toString()).isEqualTo(400);
        assertThat(t.admin()
                        .upload(IMAGES, "file", Map.of("a.png", png(1)), Map.of("caption", "Válvula", "language", "fr"))
                        .status())
                .isEqualTo(400);
        assertThat(t.admin().get(IMAGES).json().get("totalItems").asInt()).isZero();
        assertThat(t.admin()
                        .get("/api/v1/knowledge/documents")
                        .json()
                        .get("totalItems")
                        .asInt())
                .isZero();
    }

    private static String asset(TestTenants.Tenant t, String code, String name) {
        var created = t.admin()
                .post(
                        "/api/v1/maintenance/assets",
                        Map.of(
                                "siteId",
                                t.siteId(),
                                "code",
                                code,
                                "details",
                                Map.of("name", name, "type", "pump", "criticality", "A")));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().get("id").asString();
    }

    private static JsonNode awaitImage(Api api, JsonNode image) {
        PlatformStorageContract.awaitJob(api, image.get("jobId").asString());
        JsonNode stored = api.get(IMAGES + "/" + image.get("id").asString()).json();
        assertThat(stored.get("status").asString()).as(stored.toString()).isEqualTo("indexed");
        return stored;
    }

    /** A 64×48 PNG drawn now; the seed makes its bytes distinct. */
    static byte[] png(int seed) throws Exception {
        var image = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
        var random = new Random(seed);
        for (int y = 0; y < 48; y += 8) {
            for (int x = 0; x < 64; x += 8) {
                var g = image.createGraphics();
                g.setColor(new Color(random.nextInt(0xFFFFFF)));
                g.fillRect(x, y, 8, 8);
                g.dispose();
            }
        }
        var out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    @Test
    default void aLostIndexIsRebuiltFromTheDatabase() {
        var t = TestTenants.create(platformAdmin(), anonymousClient(), "Rebuild");
        String word = "zr" + java.util.UUID.randomUUID().toString().substring(0, 8);
        JsonNode doc = uploadManual(t.admin(), word, 3);
        int chunks = doc.get("chunkCount").asInt();

        bean(KnowledgeIndex.class).deleteTenant(t.id()); // the tenant's part of the index is lost
        assertThat(t.admin()
                        .get("/api/v1/knowledge/search?mode=bm25&q=" + word)
                        .json()
                        .size())
                .isZero();

        var started = t.admin().post(REINDEX, null);
        assertThat(started.status()).as(started.toString()).isEqualTo(202);
        String jobId = started.json().get("id").asString();
        assertThat(started.header("Location")).isEqualTo("/api/v1/jobs/" + jobId);
        assertThat(started.json().get("type").asString()).isEqualTo("knowledge-reindex");
        JsonNode job = PlatformStorageContract.awaitJob(t.admin(), jobId);
        assertThat(job.get("state").asString()).as(job.toString()).isEqualTo("completed");
        assertThat(job.get("progress").asInt()).isEqualTo(100);
        assertThat(job.get("result").get("documents").asInt()).isEqualTo(1);
        assertThat(job.get("result").get("chunks").asInt()).isEqualTo(chunks);
        assertThat(job.get("result").get("reembedded").asInt()).isZero();
        assertThat(job.get("result").get("indexedChunks").asInt()).isEqualTo(chunks);

        JsonNode hits = search(t.admin(), "gland nut " + word);
        assertThat(hits.get(0).get("documentId")).isEqualTo(doc.get("id"));
        assertThat(hits.get(0).get("sectionPath").toString()).contains("Packing");
    }

    @Test
    default void passagesOfAnotherModelAreEmbeddedAgainByTheRebuild() {
        var t = TestTenants.create(platformAdmin(), anonymousClient(), "Reembed");
        String word = "zm" + java.util.UUID.randomUUID().toString().substring(0, 8);
        JsonNode doc = uploadManual(t.admin(), word, 3);
        String id = doc.get("id").asString();
        int chunks = doc.get("chunkCount").asInt();
        String model = doc.get("embeddingModel").asString();
        // as if these passages had been embedded by the model configured before
        jdbc().update(
                        "update knowledge_chunks set embedding_model = 'retired-model' where document_id = ?",
                        java.util.UUID.fromString(id));
        jdbc().update(
                        "update knowledge_documents set embedding_model = 'retired-model' where id = ?",
                        java.util.UUID.fromString(id));

        JsonNode job = PlatformStorageContract.awaitJob(
                t.admin(), t.admin().post(REINDEX, Map.of()).json().get("id").asString());
        assertThat(job.get("state").asString()).as(job.toString()).isEqualTo("completed");
        assertThat(job.get("result").get("reembedded").asInt()).isEqualTo(chunks);
        assertThat(job.get("result").get("model").asString()).isEqualTo(model);
        assertThat(jdbc().queryForObject(
                                "select count(*) from knowledge_chunks where document_id = ? and embedding_model = ?",
                                Integer.class,
                                java.util.UUID.fromString(id),
                                model))
                .isEqualTo(chunks);
        assertThat(t.admin()
                        .get("/api/v1/knowledge/documents/" + id)
                        .json()
                        .get("embeddingModel")
                        .asString())
                .isEqualTo(model);
        assertThat(search(t.admin(), "gland nut " + word).get(0).get("documentId"))
                .isEqualTo(doc.get("id"));
        assertThat(t.admin()
                        .get("/api/v1/knowledge/search?mode=vector&q=tighten+the+gland+nut")
                        .json()
                        .get(0)
                        .get("documentId"))
                .isEqualTo(doc.get("id"));

        JsonNode all = PlatformStorageContract.awaitJob(
                t.admin(),
                t.admin()
                        .post(REINDEX, Map.of("reembed", true))
                        .json()
                        .get("id")
                        .asString());
        assertThat(all.get("result").get("reembedded").asInt()).isEqualTo(chunks);
    }

    @Test
    default void oneRebuildAtATimeOnlyForAdministrators() {
        var t = TestTenants.create(platformAdmin(), anonymousClient(), "Busy");
        uploadManual(t.admin(), "zb" + java.util.UUID.randomUUID().toString().substring(0, 8), 12);

        var first = t.admin().post(REINDEX, Map.of("reembed", true));
        var second = t.admin().post(REINDEX, null);
        assertThat(first.status()).as(first.toString()).isEqualTo(202);
        assertThat(second.status()).as(second.toString()).isEqualTo(409);
        assertThat(second.json().get("detail").asString())
                .contains(first.json().get("id").asString());
        assertThat(PlatformStorageContract.awaitJob(
                                t.admin(), first.json().get("id").asString())
                        .get("state")
                        .asString())
                .isEqualTo("completed");

        var key = t.admin().post("/api/v1/admin/api-keys", Map.of("name", "supervisor", "role", "SUPERVISOR"));
        assertThat(key.status()).as(key.toString()).isEqualTo(201);
        Api supervisor = anonymousClient().withKey(key.json().get("value").asString());
        assertThat(supervisor.post(REINDEX, null).status()).isEqualTo(403);
        assertThat(anonymousClient().post(REINDEX, null).status()).isEqualTo(401);
        assertThat(t.admin().post(REINDEX, "{\"reembed\": \"maybe\"}").status()).isEqualTo(400);

        // a platform administrator acts in the tenant named by X-Tenant-Id
        var asPlatform =
                platformAdmin().withHeader("X-Tenant-Id", t.id().toString()).post(REINDEX, null);
        assertThat(asPlatform.status()).as(asPlatform.toString()).isEqualTo(202);
        JsonNode job = PlatformStorageContract.awaitJob(
                t.admin(), asPlatform.json().get("id").asString());
        assertThat(job.get("state").asString()).isEqualTo("completed");
    }

    /** A Markdown manual of {@code sections} sections, one of them about a gland nut named {@code word}. */
    private static JsonNode uploadManual(Api api, String word, int sections) {
        StringBuilder md = new StringBuilder("# Valve care " + word + "\n\n");
        for (int i = 1; i < sections; i++) {
            md.append("## Section ").append(i).append("\n\n");
            md.append(("Inspect the actuator linkage and record the stroke time in the log. ").repeat(12))
                    .append("\n\n");
        }
        md.append("## Packing\n\nTighten the ")
                .append(word)
                .append(" gland nut a quarter turn when the valve stem weeps.\n");
        var upload = api.upload(
                "/api/v1/knowledge/documents",
                Map.of(word + ".md", md.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                Map.of());
        assertThat(upload.status()).as(upload.toString()).isEqualTo(202);
        return awaitIndexed(api, upload.json().get(0).get("document"));
    }

    private static JsonNode awaitIndexed(Api api, JsonNode document) {
        JsonNode job =
                PlatformStorageContract.awaitJob(api, document.get("jobId").asString());
        JsonNode doc = api.get(
                        "/api/v1/knowledge/documents/" + document.get("id").asString())
                .json();
        assertThat(doc.get("status").asString()).as(doc.toString()).isEqualTo("indexed");
        assertThat(doc.get("chunkCount").asInt()).isPositive();
        JsonNode result = job.get("result");
        assertThat(result.get("chunks").asInt())
                .as(job.toString())
                .isEqualTo(doc.get("chunkCount").asInt());
        for (String stage : new String[] {"parse", "embed", "store", "index"}) {
            assertThat(result.get("millis").get(stage).asLong()).as(stage).isNotNegative();
        }
        return doc;
    }

    private static JsonNode search(Api api, String question) {
        return search(api, question, "");
    }

    private static JsonNode search(Api api, String question, String parameters) {
        var response = api.get("/api/v1/knowledge/search?k=5&q="
                + java.net.URLEncoder.encode(question, java.nio.charset.StandardCharsets.UTF_8) + parameters);
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
