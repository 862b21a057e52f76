package org.millwright.platform.security;

import java.time.Clock;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.millwright.platform.PlatformSettings;
import org.millwright.platform.audit.AuditLog;
import org.millwright.platform.error.ConflictException;
import org.millwright.platform.error.InvalidRequestException;
import org.millwright.platform.error.NotFoundException;
import org.millwright.platform.tenancy.SiteService;
import org.millwright.platform.tenancy.TenantContext;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Users of the tenant in context, managed by its admins. */
@Service
public class UserService {

    private final UserRepository users;
    private final PasswordResetTokenRepository resets;
    private final SiteService sites;
    private final PasswordEncoder encoder;
    private final AuditLog audit;
    private final PlatformSettings.Security settings;
    private final Clock clock;

    UserService(
            UserRepository users,
            PasswordResetTokenRepository resets,
            SiteService sites,
            PasswordEncoder encoder,
            AuditLog audit,
            PlatformSettings platform,
            Clock clock) {
        this.users = users;
        this.resets = resets;
        this.sites = sites;
        this.encoder = encoder;
        this.audit = audit;
        this.settings = platform.security();
        this.clock = clock;
    }

    @Transactional
    public UserView create(NewUser request) {
        AuthService.requireStrong(request.password(), settings.minPasswordLength());
        String email = request.email().strip().toLowerCase(java.util.Locale.ROOT);
        if (TenantContext.callAsRoot(() -> users.existsByEmailIgnoreCase(email))) {
            throw new ConflictException("error.email-taken", email);
        }
        requireSites(request.siteIds());
        UserAccount user = new UserAccount(
                email,
                request.displayName().strip(),
                encoder.encode(request.password()),
                request.role(),
                request.locale());
        user.update(user.getDisplayName(), request.role(), request.locale(), request.siteIds());
        if (request.platformAdmin()) {
            user.grantPlatformAdmin();
        }
        users.save(user);
        audit.record("user.created", "user", user.getId(), null, UserView.of(user));
        return UserView.of(user);
    }

    @Transactional(readOnly = true)
    public Page<UserView> list(Pageable page) {
        return users.findByDeletedAtIsNull(page).map(UserView::of);
    }

    @Transactional(readOnly = true)
    public UserView get(UUID id) {
        return UserView.of(find(id));
    }

    @Transactional
    public UserView update(UUID id, String displayName, Role role, String locale, Set<UUID> siteIds) {
        UserAccount user = find(id);
        UserView before = UserView.of(user);
        requireSites(siteIds);
        user.update(displayName.strip(), role, locale, siteIds);
        users.flush();
        audit.record("user.updated", "user", id, before, UserView.of(user));
        return UserView.of(user);
    }

    /** Deletes a user: history keeps their rows, anonymised; their reset tokens go. */
    @Transactional
    public void delete(UUID id) {
        UserAccount user = find(id);
        if (CurrentPrincipal.get().map(p -> p.subjectId().equals(id)).orElse(false)) {
            throw new InvalidRequestException("error.cannot-delete-self");
        }
        UserView before = UserView.of(user);
        user.anonymise(clock.instant());
        resets.deleteByUserId(id);
        audit.anonymisePerson(id, before.email(), before.displayName(), "deleted-user:" + id);
        audit.record("user.deleted", "user", id, null, UserView.of(user));
    }

    /** Issues a single-use password-reset token valid for the configured time; shown once. */
    @Transactional
    public ResetToken issueResetToken(UUID id) {
        UserAccount user = find(id);
        String token = Secrets.randomToken(32);
        Instant expires = clock.instant().plus(settings.passwordResetTtl());
        resets.save(new PasswordResetToken(user.getId(), Secrets.sha256(token), expires));
        audit.record("user.password-reset-issued", "user", id, null, null);
        return new ResetToken(token, expires);
    }

    private UserAccount find(UUID id) {
        return users.findById(id)
                .filter(UserAccount::isActive)
                .orElseThrow(() -> NotFoundException.of("entity.user", id));
    }

    private void requireSites(Set<UUID> siteIds) {
        for (UUID site : siteIds) {
            if (!sites.exists(site)) {
                throw new InvalidRequestException("error.unknown-site", site);
            }
        }
    }

    /** What an admin gives to create a user. */
    public record NewUser(
            String email,
            String displayName,
            String password,
            Role role,
            String locale,
            Set<UUID> siteIds,
            boolean platformAdmin) {
        public NewUser {
            siteIds = siteIds == null ? Set.of() : Set.copyOf(siteIds);
        }
    }

    /** A reset token just issued: the only time its value is shown. */
    public record ResetToken(String token, Instant expiresAt) {}

    /** A user as the admin API shows it: never the password hash. */
    public record UserView(
            UUID id,
            String email,
            String displayName,
            Role role,
            boolean platformAdmin,
            String locale,
            Set<UUID> siteIds,
            boolean locked,
            Instant createdAt,
            Instant deletedAt) {
        static UserView of(UserAccount u) {
            return new UserView(
                    u.getId(),
                    u.getEmail(),
                    u.getDisplayName(),
                    u.getRole(),
                    u.isPlatformAdmin(),
                    u.getLocale(),
                    u.getSiteIds(),
                    u.getLockedUntil() != null && u.getLockedUntil().isAfter(Instant.now()),
                    u.getCreatedAt(),
                    u.getDeletedAt());
        }
    }
}
