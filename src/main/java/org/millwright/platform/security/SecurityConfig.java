package org.millwright.platform.security;

import jakarta.servlet.DispatcherType;
import java.util.Map;
import org.millwright.platform.tenancy.TenantService;
import org.millwright.platform.web.RateLimitFilter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;

/**
 * Stateless security: API keys and JWT bearer tokens, roles by hierarchy
 * (ADMIN > SUPERVISOR > TECHNICIAN > OPERATOR), per-endpoint rules by annotation, and every
 * refusal as a problem detail. No cookie or session ever authenticates a request, which is why
 * CSRF protection is not needed (and is off).
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfig {

    @Bean
    SecurityFilterChain api(
            HttpSecurity http,
            ApiKeyService apiKeys,
            AuthService auth,
            TenantService tenants,
            ProblemResponses problems,
            RateLimitFilter rateLimits)
            throws Exception {
        var authentication = new ApiAuthenticationFilter(apiKeys, auth, tenants, problems);
        http.csrf(AbstractHttpConfigurer::disable)
                .httpBasic(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable)
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .headers(h -> h.frameOptions(f -> f.deny()))
                .exceptionHandling(e ->
                        e.authenticationEntryPoint(problems.entryPoint()).accessDeniedHandler(problems.deniedHandler()))
                .addFilterBefore(authentication, AnonymousAuthenticationFilter.class)
                .addFilterAfter(rateLimits, ApiAuthenticationFilter.class)
                // An async dispatch (the end of a streamed answer) continues a request that was
                // authorised when it began; the dispatch itself carries no credentials.
                .authorizeHttpRequests(a -> a.dispatcherTypeMatchers(DispatcherType.ASYNC)
                        .permitAll()
                        .requestMatchers(
                                HttpMethod.POST,
                                "/api/v1/auth/token",
                                "/api/v1/auth/refresh",
                                "/api/v1/auth/password-reset")
                        .permitAll()
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info")
                        .permitAll()
                        .requestMatchers("/v3/api-docs", "/v3/api-docs/**", "/docs", "/docs/**", "/swagger-ui/**")
                        .permitAll()
                        .requestMatchers("/error")
                        .permitAll()
                        // Public request pages (an asset's QR code): anonymous by design. CSRF
                        // protection is off because nothing here authenticates by cookie or session
                        // (API keys and bearer tokens only, stateless), so a cross-site form post
                        // carries no credentials; abuse of the anonymous form is bounded by its own
                        // per-address and per-asset limits.
                        .requestMatchers("/r/**")
                        .permitAll()
                        .requestMatchers("/actuator/**")
                        .hasAnyRole("ADMIN", "PLATFORM_ADMIN")
                        .requestMatchers("/api/**")
                        .authenticated()
                        .anyRequest()
                        .permitAll());
        return http.build();
    }

    @Bean
    static RoleHierarchy roleHierarchy() {
        return RoleHierarchyImpl.fromHierarchy("""
                ROLE_ADMIN > ROLE_SUPERVISOR
                ROLE_SUPERVISOR > ROLE_TECHNICIAN
                ROLE_TECHNICIAN > ROLE_OPERATOR
                """);
    }

    /** Argon2id for new hashes; the {id} prefix lets the algorithm change later without a reset. */
    @Bean
    PasswordEncoder passwordEncoder() {
        var argon2 = Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8();
        return new DelegatingPasswordEncoder("argon2", Map.of("argon2", argon2));
    }
}
