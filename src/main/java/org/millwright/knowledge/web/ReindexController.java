package org.millwright.knowledge.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import org.millwright.knowledge.internal.store.KnowledgeReindexing;
import org.millwright.platform.jobs.Jobs;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Knowledge index", description = "Rebuilding the tenant's search index from the stored passages")
@RestController
@RequestMapping("/api/v1/knowledge/reindex")
class ReindexController {

    private final KnowledgeReindexing reindexing;

    ReindexController(KnowledgeReindexing reindexing) {
        this.reindexing = reindexing;
    }

    @Operation(
            summary = "Rebuild the tenant's index from the database in a background job (see Location);"
                    + " passages of another embedding model are embedded again, all of them with reembed=true;"
                    + " 409 while a rebuild is pending or running")
    @PostMapping
    @PreAuthorize("hasRole('ADMIN')")
    ResponseEntity<Jobs.JobView> reindex(@RequestBody(required = false) Reindex request) {
        Jobs.JobView job = reindexing.start(request != null && Boolean.TRUE.equals(request.reembed()));
        return ResponseEntity.accepted()
                .location(URI.create("/api/v1/jobs/" + job.id()))
                .body(job);
    }

    /** Optional body: {@code reembed} embeds every passage again, not only those of another model. */
    record Reindex(Boolean reembed) {}
}
