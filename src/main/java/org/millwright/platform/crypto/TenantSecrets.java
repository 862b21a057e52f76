package org.millwright.platform.crypto;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.millwright.platform.audit.AuditLog;
import org.millwright.platform.error.InvalidRequestException;
import org.millwright.platform.error.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Secrets of the tenant in context, encrypted with the master key. Values are written through the
 * API and read back only by the modules that use them; the API lists names, never values.
 */
@Service
public class TenantSecrets {

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._-]{1,100}");
    private final TenantSecretRepository secrets;
    private final SecretCipher cipher;
    private final AuditLog audit;

    TenantSecrets(TenantSecretRepository secrets, SecretCipher cipher, AuditLog audit) {
        this.secrets = secrets;
        this.cipher = cipher;
        this.audit = audit;
    }

    @Transactional
    public SecretInfo put(String name, String value) {
        if (!NAME.matcher(name).matches()) {
            throw new InvalidRequestException("error.secret-name");
        }
        String sealed = cipher.encrypt(value);
        Optional<TenantSecret> existing = secrets.findByName(name);
        existing.ifPresent(s -> s.replace(sealed));
        TenantSecret saved = existing.orElseGet(() -> secrets.save(new TenantSecret(name, sealed)));
        secrets.flush();
        audit.record(
                existing.isPresent() ? "secret.replaced" : "secret.created",
                "secret",
                name,
                null,
                Map.of("name", name, "value", "***"));
        return SecretInfo.of(saved);
    }

    /** The plaintext of a secret, for the module that needs it (never for the API). */
    @Transactional(readOnly = true)
    public Optional<String> reveal(String name) {
        return secrets.findByName(name).map(s -> cipher.decrypt(s.getCiphertext()));
    }

    @Transactional(readOnly = true)
    public List<SecretInfo> list() {
        return secrets.findAllByOrderByName().stream().map(SecretInfo::of).toList();
    }

    @Transactional
    public void delete(String name) {
        TenantSecret secret = secrets.findByName(name)
                .orElseThrow(() -> new NotFoundException(
                        "error.not-found",
                        new org.springframework.context.support.DefaultMessageSourceResolvable("entity.secret"),
                        name));
        secrets.delete(secret);
        audit.record("secret.deleted", "secret", name, Map.of("name", name), null);
    }

    /** A secret as listed: its name and when it changed, never its value. */
    public record SecretInfo(String name, Instant createdAt, Instant updatedAt) {
        static SecretInfo of(TenantSecret s) {
            return new SecretInfo(s.getName(), s.getCreatedAt(), s.getUpdatedAt());
        }
    }
}
