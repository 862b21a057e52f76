package org.millwright.platform.security;

import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.millwright.platform.PlatformSettings;
import org.millwright.platform.error.ConflictException;
import org.millwright.platform.tenancy.TenantContext;
import org.millwright.platform.tenancy.TenantService;
import org.springframework.stereotype.Service;

/**
 * Creates a tenant together with its first admin. The two writes run in different tenant
 * contexts, so the inputs are checked first and the tenant is removed if the admin cannot be made.
 */
@Service
public class TenantOnboarding {

    private final TenantService tenants;
    private final UserService users;
    private final UserRepository userRepository;
    private final PlatformSettings.Security settings;

    TenantOnboarding(
            TenantService tenants, UserService users, UserRepository userRepository, PlatformSettings platform) {
        this.tenants = tenants;
        this.users = users;
        this.userRepository = userRepository;
        this.settings = platform.security();
    }

    public TenantService.TenantView onboard(
            String name, String slug, String adminEmail, String adminName, String password) {
        AuthService.requireStrong(password, settings.minPasswordLength());
        String email = adminEmail.strip().toLowerCase(Locale.ROOT);
        if (TenantContext.callAsRoot(() -> userRepository.existsByEmailIgnoreCase(email))) {
            throw new ConflictException("error.email-taken", email);
        }
        TenantService.TenantView tenant = tenants.create(name, slug);
        try {
            TenantContext.run(
                    tenant.id(),
                    () -> users.create(
                            new UserService.NewUser(email, adminName, password, Role.ADMIN, null, Set.of(), false)));
        } catch (RuntimeException e) {
            tenants.delete(tenant.id());
            throw e;
        }
        return tenant;
    }

    /** The id of the tenant a user belongs to, looked up across tenants. */
    public UUID tenantOf(UUID userId) {
        return TenantContext.callAsRoot(() ->
                userRepository.findById(userId).map(UserAccount::getTenantId).orElse(null));
    }
}
