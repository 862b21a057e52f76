package org.millwright.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.millwright.platform.PlatformSettings;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Refuses non-multipart API bodies above {@code millwright.limits.max-json-body} with 413 before
 * they are read. Uploads (multipart) are limited by the multipart settings instead.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class BodySizeLimitFilter extends OncePerRequestFilter {

    private final long maxBytes;
    private final Problems problems;
    private final JsonMapper json;

    BodySizeLimitFilter(PlatformSettings settings, Problems problems, JsonMapper json) {
        this.maxBytes = settings.limits().maxJsonBody().toBytes();
        this.problems = problems;
        this.json = json;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String type = request.getContentType();
        return !request.getRequestURI().startsWith("/api/")
                || (type != null && type.toLowerCase().startsWith("multipart/"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > maxBytes) {
            var problem = problems.localized(
                    HttpStatus.CONTENT_TOO_LARGE, "payload-too-large", "error.body-too-large", new Object[0], request);
            problem.setProperty("limitBytes", maxBytes);
            response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            json.writeValue(response.getOutputStream(), problem);
            return;
        }
        chain.doFilter(new LimitedBodyRequest(request, maxBytes), response);
    }
}
