package org.millwright.maintenance.internal.files;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.UUID;
import java.util.stream.Stream;
import org.millwright.platform.tenancy.TenantContext;
import org.millwright.platform.tenancy.TenantFiles;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The maintenance module's files of the tenant in context, under
 * {@code <data>/files/<tenant id>/} (asset photos in {@code assets/<asset id>/}, request photos in
 * {@code requests/}). Paths given here are relative to that folder and never come from a client.
 * Writes and deletes follow the surrounding transaction: a written file is removed again when the
 * transaction rolls back, and a deletion happens only once it commits.
 */
@Component
public class MaintenanceFiles {

    private static final String AREA = "files";
    private final TenantFiles tenantFiles;

    MaintenanceFiles(TenantFiles tenantFiles) {
        this.tenantFiles = tenantFiles;
    }

    /** The file at a relative path of the tenant in context. */
    public Path resolve(String relative) {
        Path root = root(TenantContext.require());
        Path path = root.resolve(relative).normalize();
        if (!path.startsWith(root)) {
            throw new IllegalArgumentException("path leaves the tenant folder: " + relative);
        }
        return path;
    }

    /** Writes a file (atomically), removed again if the current transaction rolls back. */
    public void write(String relative, byte[] bytes) {
        Path target = resolve(relative);
        try {
            Files.createDirectories(target.getParent());
            Path temp = Files.createTempFile(target.getParent(), ".upload-", ".tmp");
            Files.write(temp, bytes);
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + target, e);
        }
        afterCompletion(status -> {
            if (status != TransactionSynchronization.STATUS_COMMITTED) {
                deleteTree(target);
            }
        });
    }

    /** Deletes a file or folder once the current transaction commits. */
    public void deleteAfterCommit(String relative) {
        Path target = resolve(relative);
        afterCompletion(status -> {
            if (status == TransactionSynchronization.STATUS_COMMITTED) {
                deleteTree(target);
            }
        });
    }

    /** The SHA-256 of some bytes in hex, used as a stored file's entity tag. */
    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private Path root(UUID tenantId) {
        return tenantFiles.folder(AREA, tenantId).toAbsolutePath().normalize();
    }

    private static void afterCompletion(java.util.function.IntConsumer action) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            throw new IllegalStateException("maintenance files change only inside a transaction");
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                action.accept(status);
            }
        });
    }

    private static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete " + root, e);
        }
    }
}
