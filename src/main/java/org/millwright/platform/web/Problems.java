package org.millwright.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.time.Instant;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

/**
 * Builds RFC 9457 problem details with titles and details in the caller's language, the
 * request's path as instance and its correlation id.
 */
@Component
public class Problems {

    private static final String TYPE_PREFIX = "urn:millwright:problem:";
    private final MessageSource messages;

    Problems(MessageSource messages) {
        this.messages = messages;
    }

    public ProblemDetail create(HttpStatus status, String slug, String detail, HttpServletRequest request) {
        ProblemDetail problem = ProblemDetail.forStatus(status);
        problem.setType(URI.create(TYPE_PREFIX + slug));
        problem.setTitle(message("problem.title." + slug, locale(request)));
        problem.setDetail(detail);
        if (request != null) {
            problem.setInstance(URI.create(request.getRequestURI()));
        }
        problem.setProperty("requestId", RequestIds.current(request));
        problem.setProperty("timestamp", Instant.now().toString());
        return problem;
    }

    /** A problem whose detail is the message {@code key} with {@code args}, localised. */
    public ProblemDetail localized(
            HttpStatus status, String slug, String key, Object[] args, HttpServletRequest request) {
        return create(status, slug, messages.getMessage(key, args, key, locale(request)), request);
    }

    public String message(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }

    public Locale locale(HttpServletRequest request) {
        return request == null ? LocaleContextHolder.getLocale() : Locales.resolve(request);
    }
}
