package org.millwright.platform.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.millwright.platform.PlatformSettings;
import org.millwright.platform.error.InvalidRequestException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Online backup of the embedded mode: H2's {@code BACKUP TO} takes a consistent copy of the
 * database while it runs, and the other files of the data directory (keys, uploads) join it. The
 * ZIP mirrors the data directory, so restoring is unzipping it into an empty one.
 */
@Service
public class BackupService {

    private static final Set<String> SKIPPED = Set.of("db", "backups", "exports", "tmp");
    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);
    private final JdbcTemplate jdbc;
    private final Path dataDir;
    private final Clock clock;
    private final String dbUrl;

    BackupService(
            JdbcTemplate jdbc,
            PlatformSettings settings,
            Clock clock,
            org.springframework.boot.jdbc.autoconfigure.DataSourceProperties dataSource) {
        this.jdbc = jdbc;
        this.dataDir = settings.dataDir().toAbsolutePath().normalize();
        this.clock = clock;
        this.dbUrl = dataSource.getUrl();
    }

    public boolean supported() {
        return dbUrl != null && dbUrl.startsWith("jdbc:h2:file:");
    }

    public Path backupDirectory() {
        return dataDir.resolve("backups");
    }

    /** Writes a backup ZIP into {@code <data>/backups} and returns its path. */
    public Path create(ProgressListener progress) {
        if (!supported()) {
            throw new InvalidRequestException("error.backup-unsupported");
        }
        try {
            Files.createDirectories(backupDirectory());
            Path dbCopy = Files.createTempFile(backupDirectory(), "db-", ".zip");
            Files.delete(dbCopy);
            jdbc.execute("BACKUP TO '" + dbCopy.toString().replace("'", "''") + "'");
            progress.report(60, "database copied");
            Path target = backupDirectory().resolve("millwright-" + STAMP.format(clock.instant()) + ".zip");
            try (OutputStream out = Files.newOutputStream(target);
                    ZipOutputStream zip = new ZipOutputStream(out)) {
                copyDatabase(dbCopy, zip);
                for (Path file : otherFiles()) {
                    add(zip, dataDir.relativize(file).toString().replace('\\', '/'), file);
                }
            } finally {
                Files.deleteIfExists(dbCopy);
            }
            progress.report(100, "backup written");
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("Backup failed", e);
        }
    }

    public List<Path> list() {
        if (!Files.isDirectory(backupDirectory())) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(backupDirectory())) {
            return files.filter(f -> f.getFileName().toString().startsWith("millwright-"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** H2's backup ZIP holds the database files by name; they go under {@code db/}. */
    private static void copyDatabase(Path dbCopy, ZipOutputStream zip) throws IOException {
        try (InputStream in = Files.newInputStream(dbCopy);
                ZipInputStream entries = new ZipInputStream(in)) {
            for (ZipEntry e = entries.getNextEntry(); e != null; e = entries.getNextEntry()) {
                zip.putNextEntry(new ZipEntry("db/" + Path.of(e.getName()).getFileName()));
                entries.transferTo(zip);
                zip.closeEntry();
            }
        }
    }

    private List<Path> otherFiles() throws IOException {
        try (Stream<Path> all = Files.walk(dataDir)) {
            return all.filter(Files::isRegularFile)
                    .filter(f ->
                            !SKIPPED.contains(dataDir.relativize(f).getName(0).toString()))
                    .sorted()
                    .toList();
        }
    }

    private static void add(ZipOutputStream zip, String name, Path file) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        Files.copy(file, zip);
        zip.closeEntry();
    }

    /** Reports backup progress. */
    @FunctionalInterface
    public interface ProgressListener {
        void report(int percent, String note);
    }
}
