package org.millwright.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.millwright.platform.PlatformSettings;
import org.millwright.platform.security.CurrentPrincipal;
import org.millwright.platform.security.MillwrightPrincipal;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Limits API requests per caller (API key or user), per tenant, and per address for anonymous
 * calls such as logins. Every answer carries {@code RateLimit-*} headers; a refusal is a 429
 * problem with {@code Retry-After}. Runs inside the security chain, after authentication.
 */
public class RateLimitFilter extends OncePerRequestFilter {

    private static final int MAX_KEYS = 50_000;
    private final PlatformSettings.RateLimit settings;
    private final RateLimiter perPrincipal;
    private final RateLimiter perTenant;
    private final RateLimiter anonymous;
    private final Problems problems;
    private final JsonMapper json;

    public RateLimitFilter(PlatformSettings platform, Problems problems, JsonMapper json) {
        this.settings = platform.rateLimit();
        this.perPrincipal = new RateLimiter(settings::perPrincipalPerMinute, MAX_KEYS);
        this.perTenant = new RateLimiter(settings::perTenantPerMinute, MAX_KEYS);
        this.anonymous = new RateLimiter(settings::anonymousPerMinute, MAX_KEYS);
        this.problems = problems;
        this.json = json;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !settings.enabled() || !request.getRequestURI().startsWith("/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        RateLimiter.Decision decision = CurrentPrincipal.get()
                .map(this::decide)
                .orElseGet(() -> anonymous.consume("ip:" + request.getRemoteAddr()));
        response.setHeader("RateLimit-Limit", Integer.toString(decision.limit()));
        response.setHeader("RateLimit-Remaining", Long.toString(decision.remaining()));
        response.setHeader("RateLimit-Reset", Long.toString(decision.resetSeconds()));
        response.setHeader("RateLimit-Policy", decision.limit() + ";w=60");
        if (decision.allowed()) {
            chain.doFilter(request, response);
            return;
        }
        reject(request, response, decision);
    }

    private RateLimiter.Decision decide(MillwrightPrincipal p) {
        RateLimiter.Decision own = perPrincipal.consume(p.rateKey());
        if (!own.allowed() || p.tenantId() == null) {
            return own;
        }
        RateLimiter.Decision tenant = perTenant.consume(p.tenantId().toString());
        return tenant.allowed() ? own : tenant;
    }

    private void reject(HttpServletRequest request, HttpServletResponse response, RateLimiter.Decision decision)
            throws IOException {
        ProblemDetail problem = problems.localized(
                HttpStatus.TOO_MANY_REQUESTS,
                "rate-limited",
                "error.rate-limited",
                new Object[] {decision.limit(), decision.resetSeconds()},
                request);
        response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
        response.setHeader("Retry-After", Long.toString(decision.resetSeconds()));
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), problem);
    }
}
