package org.millwright.platform.crypto;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Secret keys: taken from the environment when given (base64 of at least 32 bytes), otherwise
 * generated once and kept in the data directory, readable by its owner only.
 */
public final class KeyMaterial {

    private static final Logger log = LoggerFactory.getLogger(KeyMaterial.class);

    private KeyMaterial() {}

    public static byte[] load(String given, Path dataDir, String name, String variable) {
        if (given != null && !given.isBlank()) {
            byte[] key = Base64.getDecoder().decode(given.strip());
            if (key.length < 32) {
                throw new IllegalStateException(variable + " must be the base64 of at least 32 random bytes");
            }
            return key;
        }
        Path file = dataDir.resolve("keys").resolve(name + ".key");
        try {
            if (Files.exists(file)) {
                return Base64.getDecoder()
                        .decode(Files.readString(file, StandardCharsets.US_ASCII)
                                .strip());
            }
            byte[] key = new byte[32];
            new SecureRandom().nextBytes(key);
            Files.createDirectories(file.getParent());
            Files.writeString(file, Base64.getEncoder().encodeToString(key), StandardCharsets.US_ASCII);
            restrict(file);
            log.warn(
                    "{} is not set: generated a key in {}. Set {} in production and keep it safe.",
                    variable,
                    file,
                    variable);
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or write key file " + file, e);
        }
    }

    private static void restrict(Path file) {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException | IOException e) {
            log.debug("Could not restrict permissions of {}", file);
        }
    }
}
