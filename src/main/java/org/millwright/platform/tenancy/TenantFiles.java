package org.millwright.platform.tenancy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.millwright.platform.PlatformSettings;
import org.springframework.stereotype.Component;

/**
 * A tenant's files in the data directory: each module keeps them under
 * {@code <data>/<area>/<tenant id>/}, so deleting a tenant removes one folder per area.
 */
@Component
public class TenantFiles {

    private static final List<String> AREAS = List.of("exports", "files");
    private final Path dataDir;

    TenantFiles(PlatformSettings settings) {
        this.dataDir = settings.dataDir();
    }

    /** The folder of one tenant in one area, such as {@code exports}. */
    public Path folder(String area, UUID tenantId) {
        return dataDir.resolve(area).resolve(tenantId.toString());
    }

    void deleteTenantFiles(UUID tenantId) {
        AREAS.forEach(area -> deleteTree(folder(area, tenantId)));
    }

    private static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete " + root, e);
        }
    }
}
