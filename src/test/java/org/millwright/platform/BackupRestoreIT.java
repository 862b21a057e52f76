package org.millwright.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.millwright.support.IntegrationTest;
import tools.jackson.databind.JsonNode;

/** An online backup, restored the documented way (unzip into an empty data directory), holds the data. */
class BackupRestoreIT extends IntegrationTest {

    @Test
    void backupRestoresIntoAFreshDataDirectory() throws Exception {
        var site = admin.post("/api/v1/sites", Map.of("code", "BKP", "name", "Planta respaldada", "timeZone", "UTC"));
        assertThat(site.status()).isEqualTo(201);
        var started = admin.post("/api/v1/admin/backups", null);
        assertThat(started.status()).isEqualTo(202);
        JsonNode job =
                PlatformStorageContract.awaitJob(admin, started.json().get("id").asString());
        assertThat(job.get("state").asString()).as(job.toString()).isEqualTo("completed");
        Path backup = Path.of(job.get("result").get("path").asString());
        assertThat(admin.get("/api/v1/admin/backups").text())
                .contains(backup.getFileName().toString());

        Path restored = newDataDir();
        unzip(backup, restored);
        assertThat(restored.resolve("keys/master.key")).exists();
        assertThat(restored.resolve("keys/jwt.key")).exists();
        String url = "jdbc:h2:file:" + restored.resolve("db/millwright") + ";IFEXISTS=TRUE";
        try (var connection = DriverManager.getConnection(url, "millwright", "millwright");
                var statement = connection.prepareStatement("select name from sites where code = ?")) {
            statement.setString(1, "BKP");
            try (var rows = statement.executeQuery()) {
                assertThat(rows.next()).isTrue();
                assertThat(rows.getString(1)).isEqualTo("Planta respaldada");
            }
        }
    }

    private static void unzip(Path zipFile, Path target) throws Exception {
        try (InputStream in = Files.newInputStream(zipFile);
                ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                Path out = target.resolve(e.getName()).normalize();
                assertThat(out).startsWithRaw(target);
                Files.createDirectories(out.getParent());
                Files.copy(zip, out);
            }
        }
    }
}
