package org.millwright.knowledge.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.millwright.knowledge.internal.index.SearchRequest;
import org.millwright.knowledge.internal.store.KnowledgeSearchService;
import org.millwright.platform.error.InvalidRequestException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Knowledge search", description = "Hybrid retrieval (BM25 es/en + vectors, RRF) with citations")
@RestController
@RequestMapping("/api/v1/knowledge/search")
class SearchController {

    private static final int MAX_QUERY = 500;
    private static final int MAX_K = 50;
    private final KnowledgeSearchService search;

    SearchController(KnowledgeSearchService search) {
        this.search = search;
    }

    @Operation(
            summary = "Ranked passages for a question, with document, section, page, lines and a snippet;"
                    + " an image's passage is its caption, with imageUrl")
    @GetMapping
    @PreAuthorize("hasRole('OPERATOR')")
    List<KnowledgeSearchService.Passage> search(
            @RequestParam String q,
            @RequestParam(defaultValue = "10") int k,
            @RequestParam(defaultValue = "hybrid") String mode,
            @RequestParam(required = false) UUID siteId,
            @RequestParam(required = false) UUID assetId,
            @RequestParam(required = false) String assetType,
            @RequestParam(required = false) UUID documentId,
            @RequestParam(required = false) String language,
            @RequestParam(required = false) String kind) {
        if (q.isBlank() || q.length() > MAX_QUERY) {
            throw new InvalidRequestException("knowledge.query", MAX_QUERY);
        }
        if (k < 1 || k > MAX_K) {
            throw new InvalidRequestException("knowledge.k", MAX_K);
        }
        if (kind != null && !KnowledgeSearchService.KINDS.contains(kind)) {
            throw new InvalidRequestException("knowledge.kind", kind);
        }
        return search.search(new KnowledgeSearchService.Query(
                q.strip(), k, mode(mode), siteId, assetId, assetType, documentId, language, kind));
    }

    private static SearchRequest.Mode mode(String value) {
        try {
            return SearchRequest.Mode.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException("knowledge.mode", value);
        }
    }
}
