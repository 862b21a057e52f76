package org.millwright.platform.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.millwright.platform.PlatformSettings;
import org.millwright.platform.audit.AuditLog;
import org.millwright.platform.error.AuthenticationFailedException;
import org.millwright.platform.error.InvalidRequestException;
import org.millwright.platform.tenancy.TenantContext;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Logins, token refresh, bearer-token authentication and password-reset redemption. These run
 * before a tenant is known, so lookups run as root and writes in the user's own tenant.
 */
@Service
public class AuthService {

    private static final String DUMMY_HASH_SOURCE = "not-a-password";
    private final UserRepository users;
    private final PasswordResetTokenRepository resets;
    private final PasswordEncoder encoder;
    private final TokenService tokens;
    private final AuditLog audit;
    private final PlatformSettings.Security settings;
    private final TransactionTemplate tx;
    private final Clock clock;
    private volatile String dummyHash;

    AuthService(
            UserRepository users,
            PasswordResetTokenRepository resets,
            PasswordEncoder encoder,
            TokenService tokens,
            AuditLog audit,
            PlatformSettings platform,
            TransactionTemplate tx,
            Clock clock) {
        this.users = users;
        this.resets = resets;
        this.encoder = encoder;
        this.tokens = tokens;
        this.audit = audit;
        this.settings = platform.security();
        this.tx = tx;
        this.clock = clock;
    }

    /** A hash to check against when the e-mail is unknown; made on first need, not at start-up. */
    private String dummyHash() {
        String hash = dummyHash;
        if (hash == null) {
            hash = encoder.encode(DUMMY_HASH_SOURCE);
            dummyHash = hash;
        }
        return hash;
    }

    public TokenService.Tokens login(String email, String password) {
        Instant now = clock.instant();
        UserAccount user = TenantContext.callAsRoot(() -> users.findByEmailIgnoreCase(email.strip()))
                .filter(UserAccount::isActive)
                .orElse(null);
        if (user == null) {
            encoder.matches(password, dummyHash()); // same work whether or not the e-mail exists
            throw badCredentials();
        }
        if (user.isLocked(now)) {
            throw locked(user, now);
        }
        boolean ok = user.getPasswordHash() != null && encoder.matches(password, user.getPasswordHash());
        UserAccount updated = inOwnTenant(
                user,
                () -> tx.execute(s -> {
                    UserAccount fresh = users.findById(user.getId()).orElseThrow();
                    if (ok) {
                        fresh.recordSuccessfulLogin();
                    } else {
                        fresh.recordFailedLogin(settings.maxFailedLogins(), now.plus(settings.lockoutDuration()));
                        if (fresh.isLocked(now)) {
                            audit.record("user.locked", "user", fresh.getId(), null, null);
                        }
                    }
                    return fresh;
                }));
        if (!ok) {
            throw updated.isLocked(now) ? locked(updated, now) : badCredentials();
        }
        return tokens.issue(updated);
    }

    public TokenService.Tokens refresh(String refreshToken) {
        return tokens.verify(refreshToken, "refresh")
                .flatMap(this::activeUser)
                .filter(u -> !u.isLocked(clock.instant()))
                .map(tokens::issue)
                .orElseThrow(() -> new AuthenticationFailedException("error.bad-refresh-token", null));
    }

    /** The caller behind a bearer access token, or empty. */
    public Optional<MillwrightPrincipal> authenticate(String accessToken) {
        return tokens.verify(accessToken, "access")
                .flatMap(this::activeUser)
                .filter(u -> !u.isLocked(clock.instant()))
                .map(AuthService::principalOf);
    }

    /** Redeems an admin-issued reset token: sets the password and burns the token. */
    public void resetPassword(String token, String newPassword) {
        requireStrong(newPassword, settings.minPasswordLength());
        Instant now = clock.instant();
        PasswordResetToken found = TenantContext.callAsRoot(() -> resets.findByTokenHash(Secrets.sha256(token)))
                .filter(t -> t.isUsable(now))
                .orElseThrow(() -> new InvalidRequestException("error.bad-reset-token"));
        TenantContext.run(
                found.getTenantId(),
                () -> tx.executeWithoutResult(s -> {
                    PasswordResetToken fresh = resets.findById(found.getId()).orElseThrow();
                    UserAccount user = users.findById(fresh.getUserId()).orElseThrow();
                    fresh.consume(now);
                    user.changePassword(encoder.encode(newPassword));
                    audit.record("user.password-reset", "user", user.getId(), null, null);
                }));
    }

    static void requireStrong(String password, int minLength) {
        if (password == null || password.length() < minLength) {
            throw new InvalidRequestException("error.password-too-short", minLength);
        }
    }

    static MillwrightPrincipal principalOf(UserAccount u) {
        return new MillwrightPrincipal(
                u.getId(),
                MillwrightPrincipal.Kind.USER,
                u.getTenantId(),
                u.getRole(),
                u.isPlatformAdmin(),
                u.getSiteIds(),
                u.getEmail());
    }

    private Optional<UserAccount> activeUser(UUID id) {
        return TenantContext.callAsRoot(() -> users.findById(id)).filter(UserAccount::isActive);
    }

    private static <T> T inOwnTenant(UserAccount user, java.util.function.Supplier<T> work) {
        return user.getTenantId() == null
                ? TenantContext.callAsRoot(work)
                : TenantContext.call(user.getTenantId(), work);
    }

    private static AuthenticationFailedException badCredentials() {
        return new AuthenticationFailedException("error.bad-credentials", null);
    }

    private static AuthenticationFailedException locked(UserAccount user, Instant now) {
        Duration left = Duration.between(now, user.getLockedUntil());
        return new AuthenticationFailedException(
                "error.account-locked", left, Math.max(1, (left.toSeconds() + 59) / 60));
    }
}
