package org.millwright.knowledge.internal.parsing;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;

/**
 * A PDF's bookmarks as section paths by page: a page belongs to the last bookmark that points to
 * it or to an earlier page. Coarse (a bookmark in the middle of a page counts for the whole
 * page) but cheap; a PDF without bookmarks gets empty section paths.
 */
final class PdfOutline {

    private static final int MAX_ITEMS = 5_000;

    private record Entry(int page, List<String> path) {}

    private final List<Entry> entries;

    private PdfOutline(List<Entry> entries) {
        this.entries = entries;
    }

    static PdfOutline of(PDDocument pdf) {
        List<Entry> entries = new ArrayList<>();
        try {
            PDOutlineNode root = pdf.getDocumentCatalog().getDocumentOutline();
            if (root != null) {
                walk(pdf, root, List.of(), entries);
            }
        } catch (IOException | RuntimeException e) {
            entries.clear(); // a broken outline costs the sections, not the text
        }
        entries.sort(Comparator.comparingInt(Entry::page)); // stable: reading order within a page
        return new PdfOutline(entries);
    }

    private static void walk(PDDocument pdf, PDOutlineNode node, List<String> parent, List<Entry> out)
            throws IOException {
        for (PDOutlineItem item : node.children()) {
            if (out.size() >= MAX_ITEMS) {
                return;
            }
            String title = item.getTitle() == null ? "" : TextCleaner.oneLine(item.getTitle());
            List<String> path = new ArrayList<>(parent);
            if (!title.isEmpty()) {
                path.add(title);
            }
            PDPage page = item.findDestinationPage(pdf);
            int index = page == null ? -1 : pdf.getPages().indexOf(page);
            if (index >= 0) {
                out.add(new Entry(index + 1, List.copyOf(path)));
            }
            walk(pdf, item, path, out);
        }
    }

    /** The section path in effect on this 1-based page, empty before the first bookmark. */
    Optional<List<String>> sectionAt(int page) {
        List<String> found = null;
        for (Entry entry : entries) {
            if (entry.page() > page) {
                break;
            }
            found = entry.path();
        }
        return Optional.ofNullable(found);
    }
}
