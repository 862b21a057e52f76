package org.millwright.platform.security;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.millwright.platform.audit.AuditLog;
import org.millwright.platform.error.NotFoundException;
import org.millwright.platform.tenancy.TenantContext;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issues, checks and revokes API keys. Generated keys read {@code mw_<random>}; a key given at first
 * start may be any string of 20 to 200 characters. Only the key's SHA-256 digest is stored (keys
 * carry at least 128 bits of entropy, so a fast digest is safe) and the full key is shown once.
 */
@Service
public class ApiKeyService {

    public static final String KEY_START = "mw_";
    private static final Pattern FORMAT = Pattern.compile("[\\x21-\\x7e]{20,200}");

    private static final java.time.Duration TOUCH_EVERY = java.time.Duration.ofMinutes(10);

    private final ApiKeyRepository keys;
    private final AuditLog audit;
    private final Clock clock;

    ApiKeyService(ApiKeyRepository keys, AuditLog audit, Clock clock) {
        this.keys = keys;
        this.audit = audit;
        this.clock = clock;
    }

    /** A new key with a given full value (first-start key from the environment) or a random one. */
    @Transactional
    public IssuedKey issue(String name, Role role, boolean platformAdmin, Instant expiresAt, String givenValue) {
        String value = givenValue == null || givenValue.isBlank() ? newValue() : givenValue.strip();
        if (!FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("An API key must be 20 to 200 printable characters without spaces");
        }
        UUID creator =
                CurrentPrincipal.get().map(MillwrightPrincipal::subjectId).orElse(null);
        ApiKey key = keys.save(new ApiKey(
                name, value.substring(0, 7), Secrets.sha256(value), role, platformAdmin, creator, expiresAt));
        audit.record("api-key.created", "api-key", key.getId(), null, ApiKeyView.of(key));
        return new IssuedKey(ApiKeyView.of(key), value);
    }

    @Transactional(readOnly = true)
    public Page<ApiKeyView> list(Pageable page) {
        return keys.findAll(page).map(ApiKeyView::of);
    }

    @Transactional
    public ApiKeyView revoke(UUID id) {
        ApiKey key = keys.findById(id).orElseThrow(() -> NotFoundException.of("entity.api-key", id));
        ApiKeyView before = ApiKeyView.of(key);
        key.revoke(clock.instant());
        audit.record("api-key.revoked", "api-key", id, before, ApiKeyView.of(key));
        return ApiKeyView.of(key);
    }

    /**
     * Resolves a presented key to its caller; empty when malformed, unknown, revoked or expired.
     * Not transactional: the lookup runs as root, before any tenant is known.
     */
    public Optional<MillwrightPrincipal> authenticate(String presented) {
        if (!FORMAT.matcher(presented).matches()) {
            return Optional.empty();
        }
        String digest = Secrets.sha256(presented);
        return TenantContext.callAsRoot(() -> keys.findBySecretHash(digest))
                .filter(k -> k.isUsable(clock.instant()))
                .map(k -> {
                    touch(k);
                    return principalOf(k);
                });
    }

    /** Records last use at most every ten minutes, so authentication does not write on every call. */
    private void touch(ApiKey key) {
        Instant now = clock.instant();
        if (key.getLastUsedAt() == null || key.getLastUsedAt().isBefore(now.minus(TOUCH_EVERY))) {
            TenantContext.runAsRoot(() -> keys.touch(key.getId(), now));
        }
    }

    private MillwrightPrincipal principalOf(ApiKey key) {
        return new MillwrightPrincipal(
                key.getId(),
                MillwrightPrincipal.Kind.API_KEY,
                key.getTenantId(),
                key.getRole(),
                key.isPlatformAdmin(),
                Set.of(),
                "api-key:" + key.getName());
    }

    private static String newValue() {
        return KEY_START + Secrets.randomToken(32);
    }

    /** A key as listed: never its secret. */
    public record ApiKeyView(
            UUID id,
            String name,
            String prefix,
            Role role,
            boolean platformAdmin,
            Instant createdAt,
            Instant expiresAt,
            Instant revokedAt,
            Instant lastUsedAt) {
        static ApiKeyView of(ApiKey k) {
            return new ApiKeyView(
                    k.getId(),
                    k.getName(),
                    k.getPrefix(),
                    k.getRole(),
                    k.isPlatformAdmin(),
                    k.getCreatedAt(),
                    k.getExpiresAt(),
                    k.getRevokedAt(),
                    k.getLastUsedAt());
        }
    }

    /** A key just issued: the only time its full value is shown. */
    public record IssuedKey(ApiKeyView key, String value) {}
}
