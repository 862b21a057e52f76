package org.millwright.platform.bootstrap;

import java.util.Set;
import java.util.UUID;
import org.millwright.platform.PlatformSettings;
import org.millwright.platform.security.ApiKeyService;
import org.millwright.platform.security.Role;
import org.millwright.platform.security.Secrets;
import org.millwright.platform.security.UserService;
import org.millwright.platform.tenancy.TenantContext;
import org.millwright.platform.tenancy.TenantService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * On an empty database: creates the first tenant, its admin and an admin API key (both platform
 * admins too). Values given in the environment are used as they are; generated ones are printed once.
 */
@Component
@Order(0)
class FirstStart implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstStart.class);
    private final TenantService tenants;
    private final UserService users;
    private final ApiKeyService keys;
    private final PlatformSettings.Bootstrap settings;
    private final ApplicationEventPublisher events;

    FirstStart(
            TenantService tenants,
            UserService users,
            ApiKeyService keys,
            PlatformSettings platform,
            ApplicationEventPublisher events) {
        this.tenants = tenants;
        this.users = users;
        this.keys = keys;
        this.settings = platform.bootstrap();
        this.events = events;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (tenants.count() > 0) {
            return;
        }
        UUID tenantId = tenants.create(settings.tenantName(), null).id();
        boolean generatedPassword = blank(settings.adminPassword());
        String password = generatedPassword ? Secrets.randomToken(15) : settings.adminPassword();
        String key = TenantContext.call(tenantId, () -> {
            users.create(new UserService.NewUser(
                    settings.adminEmail(), "Administrator", password, Role.ADMIN, null, Set.of(), true));
            return keys.issue("first-start admin key", Role.ADMIN, true, null, settings.adminApiKey())
                    .value();
        });
        announce(password, generatedPassword, key, blank(settings.adminApiKey()));
        TenantContext.run(tenantId, () -> events.publishEvent(new FirstStartCompleted(tenantId, settings.demo())));
    }

    private void announce(String password, boolean showPassword, String key, boolean showKey) {
        log.warn(
                """

                ==================== Millwright first start ====================
                Admin e-mail:    {}
                Admin password:  {}
                Admin API key:   {}
                Shown only now: store them safely. Change the password after login.
                ================================================================""",
                settings.adminEmail(),
                showPassword ? password : "(from MILLWRIGHT_ADMIN_PASSWORD)",
                showKey ? key : "(from MILLWRIGHT_ADMIN_API_KEY)");
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
