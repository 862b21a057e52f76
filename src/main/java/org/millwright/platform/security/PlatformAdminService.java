package org.millwright.platform.security;

import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import org.millwright.platform.PlatformSettings;
import org.millwright.platform.audit.AuditLog;
import org.millwright.platform.error.ConflictException;
import org.millwright.platform.tenancy.TenantContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Platform administrators who belong to no tenant. Written with plain SQL because the tenant
 * column of a tenant-scoped entity is always filled from the context on insert.
 */
@Service
public class PlatformAdminService {

    private final JdbcTemplate jdbc;
    private final UserRepository users;
    private final PasswordEncoder encoder;
    private final AuditLog audit;
    private final PlatformSettings.Security settings;

    PlatformAdminService(
            JdbcTemplate jdbc,
            UserRepository users,
            PasswordEncoder encoder,
            AuditLog audit,
            PlatformSettings platform) {
        this.jdbc = jdbc;
        this.users = users;
        this.encoder = encoder;
        this.audit = audit;
        this.settings = platform.security();
    }

    @Transactional
    public PlatformAdminView create(String email, String displayName, String password) {
        AuthService.requireStrong(password, settings.minPasswordLength());
        String normalized = email.strip().toLowerCase(Locale.ROOT);
        if (TenantContext.callAsRoot(() -> users.existsByEmailIgnoreCase(normalized))) {
            throw new ConflictException("error.email-taken", normalized);
        }
        UUID id = UUID.randomUUID();
        Instant now = Instant.now();
        jdbc.update(
                "insert into users (id, tenant_id, email, display_name, password_hash, role, platform_admin, locale,"
                        + " failed_logins, created_at, updated_at, version)"
                        + " values (?, null, ?, ?, ?, null, true, null, 0, ?, ?, 0)",
                id,
                normalized,
                displayName.strip(),
                encoder.encode(password),
                java.sql.Timestamp.from(now),
                java.sql.Timestamp.from(now));
        PlatformAdminView view = new PlatformAdminView(id, normalized, displayName.strip(), now);
        audit.recordFor(null, "platform-admin.created", "user", id, null, view);
        return view;
    }

    /** A tenant-less platform administrator. */
    public record PlatformAdminView(UUID id, String email, String displayName, Instant createdAt) {}
}
