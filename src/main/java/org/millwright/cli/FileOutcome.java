package org.millwright.cli;

/**
 * What became of one file of the folder.
 *
 * @param path the file's path relative to the folder, with {@code /}
 * @param detail the server's reason (failed, needs OCR), the skip reason, or a note (OCR'd pages)
 * @param pages the document's pages, 0 when it has none or was not indexed in this run
 * @param chunks the passages indexed in this run
 */
record FileOutcome(String path, Kind kind, String detail, int pages, int chunks) {

    enum Kind {
        INDEXED("indexed"),
        DUPLICATE("duplicate"),
        NEEDS_OCR("needs OCR"),
        FAILED("failed"),
        UNFINISHED("not finished"),
        SKIPPED("skipped"),
        WOULD_UPLOAD("to upload");

        final String label;

        Kind(String label) {
            this.label = label;
        }
    }

    static FileOutcome of(String path, Kind kind, String detail) {
        return new FileOutcome(path, kind, detail, 0, 0);
    }

    /** Whether this outcome makes the run fail (exit status 1). */
    boolean bad() {
        return kind == Kind.FAILED || kind == Kind.NEEDS_OCR || kind == Kind.UNFINISHED;
    }
}
