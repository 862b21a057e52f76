package org.millwright.platform.security;

import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The caller of the current request, for services that record who did something. */
public final class CurrentPrincipal {

    private CurrentPrincipal() {}

    public static Optional<MillwrightPrincipal> get() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getPrincipal() instanceof MillwrightPrincipal p ? Optional.of(p) : Optional.empty();
    }

    public static MillwrightPrincipal require() {
        return get().orElseThrow(() -> new IllegalStateException("no authenticated caller"));
    }
}
