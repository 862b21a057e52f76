package org.millwright.assistant.web;

import java.util.Locale;
import java.util.UUID;
import org.millwright.platform.tenancy.TenantContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Who asks, for which tenant and in which language, carried from the request (or WebSocket)
 * thread to the worker thread that makes the answer.
 */
record CallerScope(Authentication authentication, UUID tenantId, Locale locale) {

    /** The scope of the current request thread. */
    static CallerScope current() {
        return new CallerScope(
                SecurityContextHolder.getContext().getAuthentication(),
                TenantContext.current(),
                LocaleContextHolder.getLocale());
    }

    /** Runs {@code work} on this thread inside the scope, and leaves the thread clean. */
    void run(Runnable work) {
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        LocaleContextHolder.setLocale(locale);
        try {
            TenantContext.run(tenantId, work);
        } finally {
            SecurityContextHolder.clearContext();
            LocaleContextHolder.resetLocaleContext();
        }
    }
}
