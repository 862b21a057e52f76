package org.millwright.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.millwright.platform.web.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Writes 401 and 403 from the security filters as problem details, like every other error. */
@Component
class ProblemResponses {

    private final Problems problems;
    private final JsonMapper json;

    ProblemResponses(Problems problems, JsonMapper json) {
        this.problems = problems;
        this.json = json;
    }

    AuthenticationEntryPoint entryPoint() {
        return (request, response, e) ->
                write(request, response, HttpStatus.UNAUTHORIZED, "unauthorized", "error.unauthorized");
    }

    AccessDeniedHandler deniedHandler() {
        return (request, response, e) -> write(request, response, HttpStatus.FORBIDDEN, "forbidden", "error.forbidden");
    }

    void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String slug, String key)
            throws IOException {
        ProblemDetail problem = problems.localized(status, slug, key, new Object[0], request);
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        if (status == HttpStatus.UNAUTHORIZED) {
            response.setHeader("WWW-Authenticate", "Bearer realm=\"millwright\"");
        }
        json.writeValue(response.getOutputStream(), problem);
    }
}
