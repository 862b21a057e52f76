package org.millwright.inference.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;
import java.util.UUID;
import org.millwright.inference.InferenceException;
import org.millwright.inference.internal.audit.AuditEntryView;
import org.millwright.inference.internal.audit.AuditQuery;
import org.millwright.inference.internal.audit.AuditSummary;
import org.millwright.inference.internal.audit.InferenceAudit;
import org.millwright.platform.error.InvalidRequestException;
import org.millwright.platform.web.PageResponse;
import org.millwright.platform.web.Paging;
import org.springframework.data.domain.Sort;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(
        name = "Inference audit",
        description = "Every chat and transcription: who asked what, the answer, tokens, latency, outcome")
@RestController
@RequestMapping("/api/v1/inference")
class InferenceAuditController {

    private static final String FILTERS = " Filters: from (inclusive) and to (exclusive) are ISO instants"
            + " (2025-03-14T08:30:00Z) or dates (a whole UTC day); userId, conversationId, model, endpoint,"
            + " status (OK or a failure reason such as TIMEOUT) and kind (chat, transcription).";
    private final InferenceAudit audit;
    private final Paging paging;

    InferenceAuditController(InferenceAudit audit, Paging paging) {
        this.audit = audit;
        this.paging = paging;
    }

    @Operation(summary = "Audit rows newest first, without prompt and response." + FILTERS)
    @GetMapping("/audit")
    @PreAuthorize("hasRole('SUPERVISOR')")
    PageResponse<AuditSummary> list(
            @RequestParam(required = false) @Size(max = 40) String from,
            @RequestParam(required = false) @Size(max = 40) String to,
            @RequestParam(required = false) UUID userId,
            @RequestParam(required = false) UUID conversationId,
            @RequestParam(required = false) @Size(max = 200) String model,
            @RequestParam(required = false) @Size(max = 80) String endpoint,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String kind,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        AuditQuery query = query(from, to, userId, conversationId, model, endpoint, status, kind);
        return PageResponse.of(audit.list(query, paging.of(page, size, Sort.unsorted())));
    }

    @Operation(summary = "One audit row, with prompt, response and the sources given to the model")
    @GetMapping("/audit/{id}")
    @PreAuthorize("hasRole('SUPERVISOR')")
    AuditEntryView get(@PathVariable UUID id) {
        return audit.get(id);
    }

    @Operation(
            summary = "The audit rows as CSV (with prompt and response), newest first, streamed; cells that a"
                    + " spreadsheet would run as formulas start with an apostrophe." + FILTERS)
    @GetMapping(value = "/audit.csv", produces = "text/csv")
    @PreAuthorize("hasRole('SUPERVISOR')")
    void csv(
            @RequestParam(required = false) @Size(max = 40) String from,
            @RequestParam(required = false) @Size(max = 40) String to,
            @RequestParam(required = false) UUID userId,
            @RequestParam(required = false) UUID conversationId,
            @RequestParam(required = false) @Size(max = 200) String model,
            @RequestParam(required = false) @Size(max = 80) String endpoint,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String kind,
            HttpServletResponse response)
            throws IOException {
        AuditQuery query = query(from, to, userId, conversationId, model, endpoint, status, kind);
        audit.export(query, start(response, "inference-audit.csv"));
    }

    private static AuditQuery query(
            String from,
            String to,
            UUID userId,
            UUID conversationId,
            String model,
            String endpoint,
            String status,
            String kind) {
        Instant start = TimeParams.instant("from", from, false);
        Instant end = TimeParams.instant("to", to, true);
        if (start != null && end != null && !start.isBefore(end)) {
            throw new InvalidRequestException("error.inference-range");
        }
        return new AuditQuery(
                start,
                end,
                userId,
                conversationId,
                blankToNull(model),
                blankToNull(endpoint),
                status(status),
                kind(kind));
    }

    private static String status(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String status = value.strip().toUpperCase(Locale.ROOT);
        boolean known = "OK".equals(status)
                || Arrays.stream(InferenceException.Reason.values())
                        .anyMatch(r -> r.name().equals(status));
        if (!known) {
            throw new InvalidRequestException("error.inference-status", value);
        }
        return status;
    }

    private static String kind(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String kind = value.strip().toLowerCase(Locale.ROOT);
        if (!kind.equals("chat") && !kind.equals("transcription")) {
            throw new InvalidRequestException("error.inference-kind", value);
        }
        return kind;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static Writer start(HttpServletResponse response, String fileName) throws IOException {
        response.setContentType("text/csv");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader(
                HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(fileName).build().toString());
        return response.getWriter();
    }
}
