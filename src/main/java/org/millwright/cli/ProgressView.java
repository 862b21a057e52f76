package org.millwright.cli;

import java.io.PrintStream;

/**
 * Shows the run as it goes. On a terminal: one line redrawn in place ({@code \r}) with a bar,
 * files done out of all, the percentage and the current file, and problems printed above it.
 * Elsewhere (a pipe, a log file): one plain line per finished file.
 */
final class ProgressView {

    private static final int BAR = 30;
    private static final int WIDTH = 100;

    private final PrintStream out;
    private final boolean terminal;
    private final int total;
    private int done;
    private boolean drawn;

    ProgressView(PrintStream out, boolean terminal, int total) {
        this.out = out;
        this.terminal = terminal;
        this.total = total;
    }

    /** The file being worked on, with a short note (uploading, indexing 40 %). */
    void working(String path, String note) {
        if (terminal) {
            draw(path + " (" + note + ")");
        }
    }

    void finished(FileOutcome outcome) {
        done++;
        if (terminal) {
            if (outcome.bad()) {
                clear();
                out.println(line(outcome));
            }
            draw(outcome.path());
        } else {
            out.println(line(outcome));
            out.flush();
        }
    }

    /** Ends the progress line so that what follows starts on a fresh line. */
    void close() {
        if (terminal && drawn) {
            out.println();
            out.flush();
            drawn = false;
        }
    }

    private String line(FileOutcome o) {
        String width = String.valueOf(total);
        String counter = "[" + " ".repeat(width.length() - String.valueOf(done).length()) + done + "/" + total + "]";
        String detail = o.detail() == null ? "" : ": " + o.detail();
        if (o.kind() == FileOutcome.Kind.INDEXED) {
            detail = " (" + (o.pages() > 0 ? count(o.pages(), "page") + ", " : "") + count(o.chunks(), "chunk")
                    + (o.detail() == null ? "" : "; " + o.detail()) + ")";
        }
        return counter + " " + o.kind().label + " " + o.path() + detail;
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private void draw(String current) {
        int percent = total == 0 ? 100 : 100 * done / total;
        int filled = total == 0 ? BAR : BAR * done / total;
        String head = "[" + "#".repeat(filled) + ".".repeat(BAR - filled) + "] " + done + "/" + total + " "
                + String.format("%3d%%", percent) + "  ";
        String text = head + current;
        if (text.length() > WIDTH) {
            text = head + "…" + current.substring(current.length() - (WIDTH - head.length() - 1));
        }
        out.print("\r" + text + " ".repeat(Math.max(0, WIDTH - text.length())));
        out.flush();
        drawn = true;
    }

    private void clear() {
        if (drawn) {
            out.print("\r" + " ".repeat(WIDTH) + "\r");
        }
    }
}
