package org.millwright.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.millwright.platform.error.AuthenticationFailedException;
import org.millwright.platform.error.ConflictException;
import org.millwright.platform.error.DomainException;
import org.millwright.platform.error.ForbiddenException;
import org.millwright.platform.error.InvalidRequestException;
import org.millwright.platform.error.NotFoundException;
import org.millwright.platform.error.PayloadTooLargeException;
import org.millwright.platform.error.ServiceUnavailableException;
import org.millwright.platform.error.TooManyRequestsException;
import org.millwright.platform.error.UnprocessableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.validation.BindException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import tools.jackson.databind.DatabindException;

/**
 * Maps every failure on Millwright's own API to an RFC 9457 problem. Unexpected exceptions are
 * logged with the request id and answered without their message.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class ApiExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);
    private final Problems problems;
    private final ValidationProblems validation;

    ApiExceptionHandler(Problems problems, ValidationProblems validation) {
        this.problems = problems;
        this.validation = validation;
    }

    @ExceptionHandler(DomainException.class)
    ResponseEntity<ProblemDetail> domain(DomainException e, HttpServletRequest request) {
        Map.Entry<HttpStatus, String> kind = kindOf(e);
        ProblemDetail problem = problems.localized(kind.getKey(), kind.getValue(), e.messageKey(), e.args(), request);
        ResponseEntity.BodyBuilder response = ResponseEntity.status(kind.getKey());
        Duration retryAfter = switch (e) {
            case AuthenticationFailedException auth -> auth.retryAfter();
            case TooManyRequestsException limit -> limit.retryAfter();
            default -> null;
        };
        if (retryAfter != null) {
            response.header(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, retryAfter.toSeconds())));
        }
        return response.body(problem);
    }

    private static Map.Entry<HttpStatus, String> kindOf(DomainException e) {
        return switch (e) {
            case NotFoundException x -> Map.entry(HttpStatus.NOT_FOUND, "not-found");
            case ConflictException x -> Map.entry(HttpStatus.CONFLICT, "conflict");
            case InvalidRequestException x -> Map.entry(HttpStatus.BAD_REQUEST, "validation");
            case ForbiddenException x -> Map.entry(HttpStatus.FORBIDDEN, "forbidden");
            case PayloadTooLargeException x -> Map.entry(HttpStatus.CONTENT_TOO_LARGE, "payload-too-large");
            case UnprocessableException x -> Map.entry(HttpStatus.UNPROCESSABLE_CONTENT, "unprocessable");
            case AuthenticationFailedException x -> Map.entry(HttpStatus.UNAUTHORIZED, "unauthorized");
            case TooManyRequestsException x -> Map.entry(HttpStatus.TOO_MANY_REQUESTS, "rate-limited");
            case ServiceUnavailableException x -> Map.entry(HttpStatus.SERVICE_UNAVAILABLE, "service-unavailable");
            default -> Map.entry(HttpStatus.BAD_REQUEST, "bad-request");
        };
    }

    @ExceptionHandler({BindException.class, HandlerMethodValidationException.class})
    ProblemDetail invalid(Exception e, HttpServletRequest request) {
        return validation.from(e, request);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadable(HttpMessageNotReadableException e, HttpServletRequest request) {
        if (causedByTooLarge(e)) {
            return problems.localized(
                    HttpStatus.CONTENT_TOO_LARGE, "payload-too-large", "error.body-too-large", new Object[0], request);
        }
        ProblemDetail problem =
                problems.localized(HttpStatus.BAD_REQUEST, "malformed", "error.malformed-body", new Object[0], request);
        String field = offendingField(e);
        if (field != null) {
            problem.setProperty(
                    "errors",
                    List.of(Map.of(
                            "field", field, "message", problems.message("error.bad-value", problems.locale(request)))));
        }
        return problem;
    }

    /** The JSON path of the value that could not be read, when Jackson knows it. */
    private static String offendingField(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof DatabindException d && !d.getPath().isEmpty()) {
                return d.getPath().stream()
                        .map(r -> r.getPropertyName() != null ? r.getPropertyName() : "[" + r.getIndex() + "]")
                        .reduce((a, b) -> b.startsWith("[") ? a + b : a + "." + b)
                        .orElse(null);
            }
        }
        return null;
    }

    @ExceptionHandler({
        MethodArgumentTypeMismatchException.class,
        MissingServletRequestParameterException.class,
        MissingServletRequestPartException.class
    })
    ProblemDetail badParameter(Exception e, HttpServletRequest request) {
        String name = switch (e) {
            case MethodArgumentTypeMismatchException m -> m.getName();
            case MissingServletRequestPartException p -> p.getRequestPartName();
            default -> ((MissingServletRequestParameterException) e).getParameterName();
        };
        ProblemDetail problem = problems.localized(
                HttpStatus.BAD_REQUEST, "validation", "error.bad-parameter", new Object[] {name}, request);
        problem.setProperty(
                "errors",
                List.of(Map.of(
                        "field", name, "message", problems.message("error.bad-value", problems.locale(request)))));
        return problem;
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ProblemDetail> method(HttpRequestMethodNotSupportedException e, HttpServletRequest request) {
        ProblemDetail problem = problems.localized(
                HttpStatus.METHOD_NOT_ALLOWED,
                "method-not-allowed",
                "error.method-not-allowed",
                new Object[] {e.getMethod()},
                request);
        return ResponseEntity.status(HttpStatus.METHOD_NOT_ALLOWED)
                .headers(h -> {
                    if (e.getSupportedHttpMethods() != null) {
                        h.setAllow(e.getSupportedHttpMethods());
                    }
                })
                .body(problem);
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ProblemDetail mediaType(HttpMediaTypeNotSupportedException e, HttpServletRequest request) {
        String given = e.getContentType() == null ? "none" : e.getContentType().toString();
        return problems.localized(
                HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                "unsupported-media-type",
                "error.unsupported-media-type",
                new Object[] {given},
                request);
    }

    @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
    ProblemDetail notAcceptable(HttpServletRequest request) {
        return problems.localized(
                HttpStatus.NOT_ACCEPTABLE, "not-acceptable", "error.not-acceptable", new Object[0], request);
    }

    @ExceptionHandler({NoResourceFoundException.class, NoHandlerFoundException.class})
    ProblemDetail noRoute(HttpServletRequest request) {
        return problems.localized(HttpStatus.NOT_FOUND, "not-found", "error.no-route", new Object[0], request);
    }

    @ExceptionHandler({MaxUploadSizeExceededException.class})
    ProblemDetail uploadTooLarge(HttpServletRequest request) {
        return problems.localized(
                HttpStatus.CONTENT_TOO_LARGE, "payload-too-large", "error.upload-too-large", new Object[0], request);
    }

    @ExceptionHandler(MultipartException.class)
    ProblemDetail multipart(MultipartException e, HttpServletRequest request) {
        if (causedByTooLarge(e)) {
            return uploadTooLarge(request);
        }
        return problems.localized(
                HttpStatus.BAD_REQUEST, "malformed", "error.malformed-multipart", new Object[0], request);
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ProblemDetail staleVersion(HttpServletRequest request) {
        return problems.localized(HttpStatus.CONFLICT, "conflict", "error.stale-version", new Object[0], request);
    }

    @ExceptionHandler(DataIntegrityViolationException.class)
    ProblemDetail integrity(DataIntegrityViolationException e, HttpServletRequest request) {
        log.info(
                "Integrity violation on {}: {}",
                request.getRequestURI(),
                e.getMostSpecificCause().getMessage());
        return problems.localized(HttpStatus.CONFLICT, "conflict", "error.integrity", new Object[0], request);
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail denied(HttpServletRequest request) {
        return problems.localized(HttpStatus.FORBIDDEN, "forbidden", "error.forbidden", new Object[0], request);
    }

    @ExceptionHandler(AuthenticationException.class)
    ProblemDetail unauthenticated(HttpServletRequest request) {
        return problems.localized(
                HttpStatus.UNAUTHORIZED, "unauthorized", "error.unauthorized", new Object[0], request);
    }

    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception e, HttpServletRequest request, HttpServletResponse response) {
        log.error("Unexpected error on {} {}", request.getMethod(), request.getRequestURI(), e);
        return problems.localized(
                HttpStatus.INTERNAL_SERVER_ERROR,
                "internal",
                "error.internal",
                new Object[] {RequestIds.current(request)},
                request);
    }

    private static boolean causedByTooLarge(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof PayloadTooLargeException || t instanceof MaxUploadSizeExceededException) {
                return true;
            }
            if (t.getClass().getSimpleName().contains("SizeLimitExceeded")) {
                return true;
            }
        }
        return false;
    }
}
