package org.millwright.assistant.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import org.millwright.assistant.internal.feedback.FeedbackInput;
import org.millwright.assistant.internal.feedback.FeedbackReceipt;
import org.millwright.assistant.internal.feedback.FeedbackService;
import org.millwright.assistant.internal.feedback.FeedbackView;
import org.millwright.assistant.internal.feedback.VerifiedFix;
import org.millwright.platform.error.InvalidRequestException;
import org.millwright.platform.web.PageResponse;
import org.millwright.platform.web.Paging;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Assistant feedback", description = "Feedback on answers, and the verified fixes technicians confirm")
@RestController
@RequestMapping("/api/v1/assistant")
class FeedbackController {

    private final FeedbackService feedback;
    private final Paging paging;

    FeedbackController(FeedbackService feedback, Paging paging) {
        this.feedback = feedback;
        this.paging = paging;
    }

    @Operation(
            summary = "Judge an answer of one of your conversations (supervisors: of any conversation). One"
                    + " feedback per user and answer: a second replaces the first (200 and replaced=true)."
                    + " Helpful and confirmedFix from a technician or above makes the answer a verified fix"
                    + " for the machine (assetId, else the answer's)")
    @PostMapping("/feedback")
    @PreAuthorize("hasRole('OPERATOR')")
    ResponseEntity<FeedbackReceipt> give(@Valid @RequestBody FeedbackFields body) {
        FeedbackReceipt receipt = feedback.give(body.toInput());
        return ResponseEntity.status(receipt.replaced() ? HttpStatus.OK : HttpStatus.CREATED)
                .body(receipt);
    }

    @Operation(
            summary = "Feedback to review, newest first: helpful=false lists the unhelpful answers with the"
                    + " question, the answer, the comment, who and when. from (inclusive) and to (exclusive) are"
                    + " instants, or dates read in UTC")
    @GetMapping("/feedback")
    @PreAuthorize("hasRole('SUPERVISOR')")
    PageResponse<FeedbackView> list(
            @RequestParam(required = false) Boolean helpful,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(required = false) UUID assetId,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        return PageResponse.of(feedback.list(
                helpful, time("from", from), time("to", to), assetId, paging.of(page, size, Sort.unsorted())));
    }

    @Operation(summary = "Verified fixes, newest first, of one machine and/or machine type")
    @GetMapping("/verified-fixes")
    @PreAuthorize("hasRole('SUPERVISOR')")
    PageResponse<VerifiedFix> fixes(
            @RequestParam(required = false) UUID assetId,
            @RequestParam(required = false) @Size(max = 40) String assetType,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        return PageResponse.of(feedback.fixes(assetId, assetType, paging.of(page, size, Sort.unsorted())));
    }

    @Operation(summary = "Withdraw a wrong fix: it no longer raises its passages")
    @DeleteMapping("/verified-fixes/{id}")
    @PreAuthorize("hasRole('SUPERVISOR')")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void withdraw(@PathVariable UUID id) {
        feedback.withdraw(id);
    }

    /** An instant ({@code 2026-03-01T00:00:00Z}) or a date ({@code 2026-03-01}, its start in UTC); null when absent. */
    static Instant time(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        try {
            return v.length() == 10
                    ? LocalDate.parse(v).atStartOfDay(ZoneOffset.UTC).toInstant()
                    : Instant.parse(v);
        } catch (DateTimeException e) {
            throw new InvalidRequestException("error.assistant.bad-time", name, value);
        }
    }

    /** Feedback as a client sends it; {@code confirmedFix} defaults to false. */
    record FeedbackFields(
            @NotNull UUID conversationId,
            @NotNull UUID turnId,
            @NotNull Boolean helpful,
            @Size(max = 2000) String comment,
            UUID assetId,
            Boolean confirmedFix) {

        FeedbackInput toInput() {
            return new FeedbackInput(
                    conversationId, turnId, helpful, comment, assetId, confirmedFix != null && confirmedFix);
        }
    }
}
