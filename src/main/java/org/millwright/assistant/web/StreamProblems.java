package org.millwright.assistant.web;

import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import org.millwright.platform.error.ConflictException;
import org.millwright.platform.error.DomainException;
import org.millwright.platform.error.InvalidRequestException;
import org.millwright.platform.error.NotFoundException;
import org.millwright.platform.error.PayloadTooLargeException;
import org.millwright.platform.error.ServiceUnavailableException;
import org.millwright.platform.error.TooManyRequestsException;
import org.millwright.platform.web.Problems;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

/**
 * The problem detail of a failure met while an answer streams (SSE {@code error} event,
 * WebSocket {@code error} frame), as the API would have answered it.
 */
@Component
class StreamProblems {

    private static final Logger log = LoggerFactory.getLogger(StreamProblems.class);
    private final Problems problems;

    StreamProblems(Problems problems) {
        this.problems = problems;
    }

    ProblemDetail of(Throwable e, Locale locale, String path) {
        ProblemDetail problem;
        if (e instanceof DomainException d) {
            HttpStatus status = status(d);
            problem = problems.create(status, slug(status), problems.message(d.messageKey(), locale, d.args()), null);
            if (d instanceof TooManyRequestsException limit && limit.retryAfter() != null) {
                Duration wait = limit.retryAfter();
                problem.setProperty("retryAfter", Math.max(1, wait.toSeconds()));
            }
        } else {
            log.error("Unexpected error while answering on {}", path, e);
            problem = problems.create(
                    HttpStatus.INTERNAL_SERVER_ERROR,
                    "internal",
                    problems.message("error.internal", locale, "-"),
                    null);
        }
        problem.setInstance(URI.create(path));
        return problem;
    }

    private static HttpStatus status(DomainException e) {
        return switch (e) {
            case NotFoundException x -> HttpStatus.NOT_FOUND;
            case ConflictException x -> HttpStatus.CONFLICT;
            case InvalidRequestException x -> HttpStatus.BAD_REQUEST;
            case PayloadTooLargeException x -> HttpStatus.CONTENT_TOO_LARGE;
            case TooManyRequestsException x -> HttpStatus.TOO_MANY_REQUESTS;
            case ServiceUnavailableException x -> HttpStatus.SERVICE_UNAVAILABLE;
            default -> HttpStatus.BAD_REQUEST;
        };
    }

    private static String slug(HttpStatus status) {
        return switch (status) {
            case NOT_FOUND -> "not-found";
            case CONFLICT -> "conflict";
            case CONTENT_TOO_LARGE -> "payload-too-large";
            case TOO_MANY_REQUESTS -> "rate-limited";
            case SERVICE_UNAVAILABLE -> "service-unavailable";
            default -> "validation";
        };
    }
}
