package org.millwright.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindException;
import org.springframework.validation.FieldError;
import org.springframework.web.method.annotation.HandlerMethodValidationException;

/** Turns bean-validation failures into a 400 problem listing each offending field. */
@Component
class ValidationProblems {

    private final Problems problems;
    private final MessageSource messages;

    ValidationProblems(Problems problems, MessageSource messages) {
        this.problems = problems;
        this.messages = messages;
    }

    ProblemDetail from(Exception e, HttpServletRequest request) {
        List<Map<String, String>> errors = new ArrayList<>();
        if (e instanceof BindException bind) {
            bind.getFieldErrors().forEach(f -> errors.add(entry(f.getField(), f, request)));
            bind.getGlobalErrors().forEach(g -> errors.add(entry(g.getObjectName(), g, request)));
        } else if (e instanceof HandlerMethodValidationException method) {
            method.getParameterValidationResults()
                    .forEach(result -> result.getResolvableErrors()
                            .forEach(err -> errors.add(entry(
                                    fieldOf(result.getMethodParameter().getParameterName(), err), err, request))));
        }
        ProblemDetail problem = problems.localized(
                HttpStatus.BAD_REQUEST, "validation", "error.validation", new Object[] {errors.size()}, request);
        problem.setProperty("errors", errors);
        return problem;
    }

    private static String fieldOf(String parameter, MessageSourceResolvable error) {
        return error instanceof FieldError f ? f.getField() : parameter;
    }

    private Map<String, String> entry(String field, MessageSourceResolvable error, HttpServletRequest request) {
        return Map.of(
                "field", field == null ? "" : field, "message", messages.getMessage(error, problems.locale(request)));
    }
}
