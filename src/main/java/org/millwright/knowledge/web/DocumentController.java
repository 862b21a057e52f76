package org.millwright.knowledge.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.millwright.knowledge.internal.store.DocumentService;
import org.millwright.knowledge.internal.store.DocumentView;
import org.millwright.knowledge.internal.store.UploadMetadata;
import org.millwright.platform.error.InvalidRequestException;
import org.millwright.platform.web.PageResponse;
import org.millwright.platform.web.Paging;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.data.domain.Sort;
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

@Tag(name = "Knowledge documents", description = "Manuals, procedures and notes that answers are drawn from")
@RestController
@RequestMapping("/api/v1/knowledge/documents")
class DocumentController {

    private static final int MAX_FILES = 20;
    private final DocumentService documents;
    private final Paging paging;

    DocumentController(DocumentService documents, Paging paging) {
        this.documents = documents;
        this.paging = paging;
    }

    @Operation(summary = "Upload one or more files; each is indexed by a background job (see jobId)")
    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize("hasRole('TECHNICIAN')")
    @ResponseStatus(HttpStatus.ACCEPTED)
    List<DocumentService.Upload> upload(
            @RequestParam("files") List<MultipartFile> files,
            @RequestParam(required = false) String title,
            @RequestParam(required = false) UUID siteId,
            @RequestParam(required = false) String assetType,
            @RequestParam(required = false) List<UUID> assetIds,
            @RequestParam(required = false) String language,
            @RequestParam(required = false) List<String> tags) {
        if (files.isEmpty() || files.size() > MAX_FILES) {
            throw new InvalidRequestException("knowledge.file-count", MAX_FILES);
        }
        if (language != null && !language.matches("es|en")) {
            throw new InvalidRequestException("knowledge.language", language);
        }
        var meta = new UploadMetadata(files.size() == 1 ? title : null, siteId, assetType, assetIds, language, tags);
        List<DocumentService.Upload> uploads = new ArrayList<>();
        for (MultipartFile file : files) {
            uploads.add(
                    documents.upload("document", Uploads.name(file), file.getContentType(), Uploads.bytes(file), meta));
        }
        return uploads;
    }

    @Operation(summary = "Documents and notes, newest first (images are listed under /api/v1/knowledge/images)")
    @GetMapping
    @PreAuthorize("hasRole('OPERATOR')")
    PageResponse<DocumentView> list(
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        return PageResponse.of(
                documents.list(paging.of(page, size, Sort.by("createdAt").descending())));
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasRole('OPERATOR')")
    DocumentView get(@PathVariable UUID id) {
        return documents.get(id);
    }

    @Operation(summary = "Download the original file")
    @GetMapping("/{id}/file")
    @PreAuthorize("hasRole('OPERATOR')")
    ResponseEntity<Resource> download(@PathVariable UUID id) {
        var file = documents.download(id);
        MediaType type = file.mediaType() == null
                ? MediaType.APPLICATION_OCTET_STREAM
                : MediaType.parseMediaType(file.mediaType());
        return ResponseEntity.ok()
                .contentType(type)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(file.fileName(), java.nio.charset.StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(new FileSystemResource(file.path()));
    }

    @Operation(summary = "Delete a document, its passages and its file")
    @DeleteMapping("/{id}")
    @PreAuthorize("hasRole('SUPERVISOR')")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable UUID id) {
        documents.delete(id);
    }
}
