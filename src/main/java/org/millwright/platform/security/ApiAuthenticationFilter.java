package org.millwright.platform.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.millwright.platform.tenancy.TenantContext;
import org.millwright.platform.tenancy.TenantService;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates a request by API key ({@code X-API-Key}, or a bearer value that is not a JWT) or
 * by a JWT access token, and sets the tenant the request acts for. A browser cannot set headers
 * on a WebSocket handshake, so on the WebSocket paths (and only there) a JWT access token may
 * come as the {@code access_token} query parameter; API keys never do. A platform admin may act
 * in another tenant with {@code X-Tenant-Id}. Invalid credentials leave the request anonymous,
 * so protected routes answer 401.
 */
class ApiAuthenticationFilter extends OncePerRequestFilter {

    static final String TENANT_HEADER = "X-Tenant-Id";
    static final Set<String> TOKEN_IN_QUERY_PATHS = Set.of("/api/v1/assistant/ws");
    private final ApiKeyService apiKeys;
    private final AuthService auth;
    private final TenantService tenants;
    private final ProblemResponses problems;

    ApiAuthenticationFilter(ApiKeyService apiKeys, AuthService auth, TenantService tenants, ProblemResponses problems) {
        this.apiKeys = apiKeys;
        this.auth = auth;
        this.tenants = tenants;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<MillwrightPrincipal> principal = authenticate(request);
        if (principal.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        MillwrightPrincipal p = principal.get();
        Optional<UUID> other = requestedTenant(p, request);
        if (other.isPresent()) {
            if (!tenants.exists(other.get())) {
                problems.write(request, response, HttpStatus.BAD_REQUEST, "validation", "error.unknown-tenant");
                return;
            }
            p = p.actingIn(other.get());
        }
        var authentication = UsernamePasswordAuthenticationToken.authenticated(p, null, p.authorities());
        SecurityContextHolder.getContext().setAuthentication(authentication);
        try {
            TenantContext.run(
                    p.tenantId() == null ? TenantContext.NONE : p.tenantId(), () -> proceed(chain, request, response));
        } catch (WrappedException e) {
            e.rethrow();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private Optional<MillwrightPrincipal> authenticate(HttpServletRequest request) {
        String key = request.getHeader("X-API-Key");
        if (key != null) {
            return apiKeys.authenticate(key.strip());
        }
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null && TOKEN_IN_QUERY_PATHS.contains(request.getRequestURI())) {
            String token = request.getParameter("access_token");
            return token != null && looksLikeJwt(token.strip()) ? auth.authenticate(token.strip()) : Optional.empty();
        }
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return Optional.empty();
        }
        String token = header.substring(7).strip();
        return looksLikeJwt(token) ? auth.authenticate(token) : apiKeys.authenticate(token);
    }

    private static boolean looksLikeJwt(String token) {
        return token.chars().filter(c -> c == '.').count() == 2;
    }

    /** A platform admin's {@code X-Tenant-Id}: empty when absent or not allowed, else the tenant asked for. */
    private static Optional<UUID> requestedTenant(MillwrightPrincipal p, HttpServletRequest request) {
        String wanted = request.getHeader(TENANT_HEADER);
        if (wanted == null || !p.platformAdmin()) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(wanted.strip()));
        } catch (IllegalArgumentException e) {
            return Optional.of(TenantContext.NONE);
        }
    }

    private static void proceed(FilterChain chain, HttpServletRequest request, HttpServletResponse response) {
        try {
            chain.doFilter(request, response);
        } catch (IOException | ServletException e) {
            throw new WrappedException(e);
        }
    }

    /** Carries checked exceptions through the tenant scope. */
    private static final class WrappedException extends RuntimeException {
        WrappedException(Exception cause) {
            super(cause);
        }

        void rethrow() throws IOException, ServletException {
            if (getCause() instanceof IOException io) {
                throw io;
            }
            throw (ServletException) getCause();
        }
    }
}
