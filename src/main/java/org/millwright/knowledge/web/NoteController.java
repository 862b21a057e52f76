package org.millwright.knowledge.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.millwright.knowledge.internal.store.DocumentService;
import org.millwright.knowledge.internal.store.NoteService;
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

    private final NoteService notes;

    NoteController(NoteService notes) {
        this.notes = notes;
    }

    @Operation(
            summary = "Add a note (attributed to its author); it is indexed like a document and shown on the"
                    + " timeline of each machine it names")
    @PostMapping
    @PreAuthorize("hasRole('TECHNICIAN')")
    @ResponseStatus(HttpStatus.ACCEPTED)
    DocumentService.Upload create(@Valid @RequestBody Note note) {
        return notes.create(
                new NoteService.NewNote(note.title(), note.text(), note.siteId(), note.assetIds(), note.language()));
    }

    record Note(
            @Size(max = 200) String title,
            @NotBlank @Size(max = 20000) String text,
            UUID siteId,
            List<UUID> assetIds,
            @Pattern(regexp = "es|en") String language) {}
}
