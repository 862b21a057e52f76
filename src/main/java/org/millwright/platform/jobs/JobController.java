package org.millwright.platform.jobs;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import org.millwright.platform.web.PageResponse;
import org.millwright.platform.web.Paging;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Jobs", description = "Background work: state, progress, result or error")
@RestController
@RequestMapping("/api/v1/jobs")
@PreAuthorize("hasRole('OPERATOR')")
class JobController {

    private final Jobs jobs;
    private final Paging paging;

    JobController(Jobs jobs, Paging paging) {
        this.jobs = jobs;
        this.paging = paging;
    }

    @Operation(summary = "A job: pending, processing, completed or failed, with progress percent")
    @GetMapping("/{id}")
    Jobs.JobView get(@PathVariable UUID id) {
        return jobs.get(id);
    }

    @GetMapping
    PageResponse<Jobs.JobView> list(
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        return PageResponse.of(
                jobs.list(paging.of(page, size, Sort.by("createdAt").descending())));
    }
}
