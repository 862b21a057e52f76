package org.millwright.knowledge.internal.store;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.millwright.platform.assets.AssetTimeline;
import org.millwright.platform.security.CurrentPrincipal;
import org.millwright.platform.security.MillwrightPrincipal;
import org.springframework.stereotype.Service;

/**
 * A technician's note: stored and indexed like a Markdown document, and written to the timeline of
 * each machine it names.
 */
@Service
public class NoteService {

    private static final int TITLE_LENGTH = 80;
    private final DocumentService documents;
    private final AssetTimeline timeline;

    NoteService(DocumentService documents, AssetTimeline timeline) {
        this.documents = documents;
        this.timeline = timeline;
    }

    /** Stores the note and queues its indexing; the same note twice is one document. */
    public DocumentService.Upload create(NewNote note) {
        String title = note.title() == null || note.title().isBlank() ? firstLine(note.text()) : note.title();
        byte[] text = ("# " + title + "\n\n" + note.text().strip() + "\n").getBytes(StandardCharsets.UTF_8);
        List<UUID> assetIds = note.assetIds() == null ? List.of() : note.assetIds();
        var meta = new UploadMetadata(title, note.siteId(), null, assetIds, note.language(), List.of("note"));
        var upload =
                documents.upload("note", "note-" + Instant.now().toEpochMilli() + ".md", "text/markdown", text, meta);
        if (!upload.duplicate()) {
            UUID author = CurrentPrincipal.get()
                    .filter(p -> p.kind() == MillwrightPrincipal.Kind.USER)
                    .map(MillwrightPrincipal::subjectId)
                    .orElse(null);
            UUID documentId = upload.document().id();
            for (UUID assetId : assetIds) {
                timeline.record(new AssetTimeline.Entry(
                        assetId,
                        AssetTimeline.Kind.NOTE,
                        "noted",
                        title,
                        "knowledge-note",
                        documentId.toString(),
                        Instant.now(),
                        author,
                        "knowledge-note:" + documentId + ":" + assetId));
            }
        }
        return upload;
    }

    private static String firstLine(String text) {
        String line = text.strip().lines().findFirst().orElse("Note");
        return line.length() > TITLE_LENGTH ? line.substring(0, TITLE_LENGTH) : line;
    }

    /** A note as its author wrote it. */
    public record NewNote(String title, String text, UUID siteId, List<UUID> assetIds, String language) {}
}
