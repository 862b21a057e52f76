package org.millwright.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.UUID;
import java.util.regex.Pattern;
import org.slf4j.MDC;

/** The correlation id of a request: taken from {@code X-Request-Id} when sane, else generated. */
public final class RequestIds {

    public static final String HEADER = "X-Request-Id";
    public static final String MDC_KEY = "requestId";
    static final String ATTRIBUTE = RequestIds.class.getName();
    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    private RequestIds() {}

    static String fromOrNew(String given) {
        return given != null && SAFE.matcher(given).matches()
                ? given
                : UUID.randomUUID().toString();
    }

    /** The id of the request being served, or of the current log context. */
    public static String current(HttpServletRequest request) {
        Object id = request == null ? null : request.getAttribute(ATTRIBUTE);
        return id != null ? id.toString() : MDC.get(MDC_KEY);
    }
}
