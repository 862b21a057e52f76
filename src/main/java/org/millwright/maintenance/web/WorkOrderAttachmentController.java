package org.millwright.maintenance.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.millwright.maintenance.internal.workorder.Actors;
import org.millwright.maintenance.internal.workorder.WorkOrderAttachments;
import org.millwright.maintenance.internal.workorder.WorkOrderView.AttachmentView;
import org.millwright.platform.error.InvalidRequestException;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@Tag(name = "Work order attachments", description = "Files attached to a work order (photos, reports)")
@RestController
@RequestMapping("/api/v1/maintenance/work-orders/{id}/attachments")
class WorkOrderAttachmentController {

    private final WorkOrderAttachments attachments;
    private final Actors actors;

    WorkOrderAttachmentController(WorkOrderAttachments attachments, Actors actors) {
        this.attachments = attachments;
        this.actors = actors;
    }

    @Operation(summary = "Attach one file (multipart part 'file'); larger than the configured limit is a 413")
    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize("hasRole('TECHNICIAN')")
    ResponseEntity<AttachmentView> upload(@PathVariable UUID id, @RequestParam(required = false) MultipartFile file) {
        if (file == null) {
            throw new InvalidRequestException("error.work-order-attachment-missing");
        }
        var upload = new WorkOrderAttachments.Upload(
                file.getOriginalFilename(), file.getContentType(), file.getSize(), file);
        AttachmentView saved = attachments.add(id, upload, actors.current());
        return ResponseEntity.created(URI.create(saved.url())).body(saved);
    }

    @Operation(summary = "Download an attachment with its media type")
    @GetMapping("/{attachmentId}")
    @PreAuthorize("hasRole('OPERATOR')")
    ResponseEntity<Resource> download(@PathVariable UUID id, @PathVariable UUID attachmentId) {
        var file = attachments.file(id, attachmentId, actors.current());
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.mediaType()))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(file.fileName(), StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(new FileSystemResource(file.path()));
    }

    @DeleteMapping("/{attachmentId}")
    @PreAuthorize("hasRole('TECHNICIAN')")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable UUID id, @PathVariable UUID attachmentId) {
        attachments.remove(id, attachmentId, actors.current());
    }
}
