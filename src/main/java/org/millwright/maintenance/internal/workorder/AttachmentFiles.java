package org.millwright.maintenance.internal.workorder;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;
import org.millwright.platform.tenancy.TenantContext;
import org.millwright.platform.tenancy.TenantFiles;
import org.springframework.core.io.InputStreamSource;
import org.springframework.stereotype.Component;

/** Attachment bytes under {@code <data>/files/<tenant>/work-orders/<work order>/<attachment>}. */
@Component
class AttachmentFiles {

    private final TenantFiles files;

    AttachmentFiles(TenantFiles files) {
        this.files = files;
    }

    Path path(UUID workOrderId, UUID attachmentId) {
        return files.folder("files", TenantContext.require())
                .resolve("work-orders")
                .resolve(workOrderId.toString())
                .resolve(attachmentId.toString());
    }

    void write(Path path, InputStreamSource content) {
        try (InputStream in = content.getInputStream()) {
            Files.createDirectories(path.getParent());
            Files.copy(in, path, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot store " + path, e);
        }
    }

    void delete(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete " + path, e);
        }
    }
}
