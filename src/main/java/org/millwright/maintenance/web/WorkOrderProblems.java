package org.millwright.maintenance.web;

import jakarta.servlet.http.HttpServletRequest;
import org.millwright.maintenance.internal.workorder.WorkOrderTransitionException;
import org.millwright.platform.web.Problems;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * An illegal work order move is a 409 that also lists what is allowed: {@code currentStatus} (the
 * current one), {@code allowed} (the statuses it may move to) and {@code allowedTransitions}
 * (their endpoints, e.g. {@code start}).
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class WorkOrderProblems {

    private final Problems problems;

    WorkOrderProblems(Problems problems) {
        this.problems = problems;
    }

    @ExceptionHandler(WorkOrderTransitionException.class)
    ProblemDetail illegalTransition(WorkOrderTransitionException e, HttpServletRequest request) {
        ProblemDetail problem = problems.localized(HttpStatus.CONFLICT, "conflict", e.messageKey(), e.args(), request);
        problem.setProperty("currentStatus", e.status());
        problem.setProperty("allowed", e.allowedStatuses());
        problem.setProperty("allowedTransitions", e.allowedTransitions());
        return problem;
    }
}
