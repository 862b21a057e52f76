package org.millwright.knowledge.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.millwright.knowledge.internal.store.DocumentService;
import org.millwright.knowledge.internal.store.UploadMetadata;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Knowledge notes", description = "A technician's own know-how, indexed like a document")
@RestController
@RequestMapping("/api/v1/knowledge/notes")
class NoteController {

    private final DocumentService documents;

    NoteController(DocumentService documents) {
        this.documents = documents;
    }

    @Operation(summary = "Add a note (attributed to its author); it is indexed like a document")
    @PostMapping
    @PreAuthorize("hasRole('TECHNICIAN')")
    @ResponseStatus(HttpStatus.ACCEPTED)
    DocumentService.Upload create(@Valid @RequestBody Note note) {
        String title = note.title() == null || note.title().isBlank() ? firstLine(note.text()) : note.title();
        byte[] text = ("# " + title + "\n\n" + note.text().strip() + "\n").getBytes(StandardCharsets.UTF_8);
        var meta = new UploadMetadata(title, note.siteId(), null, note.assetIds(), note.language(), List.of("note"));
        return documents.upload("note", "note-" + Instant.now().toEpochMilli() + ".md", "text/markdown", text, meta);
    }

    private static String firstLine(String text) {
        String line = text.strip().lines().findFirst().orElse("Note");
        return line.length() > 80 ? line.substring(0, 80) : line;
    }

    record Note(
            @Size(max = 200) String title,
            @NotBlank @Size(max = 20000) String text,
            UUID siteId,
            List<UUID> assetIds,
            @Pattern(regexp = "es|en") String language) {}
}
