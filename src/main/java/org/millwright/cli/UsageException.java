package org.millwright.cli;

/**
 * The command line cannot be carried out as written: exit status 2, with the usage text when the
 * arguments themselves are wrong (not when a value names nothing on the server).
 */
final class UsageException extends Exception {

    private final boolean showUsage;

    UsageException(String message) {
        this(message, true);
    }

    private UsageException(String message, boolean showUsage) {
        super(message);
        this.showUsage = showUsage;
    }

    /** A well-formed argument that the server does not accept (an unknown tenant or site). */
    static UsageException unknown(String message) {
        return new UsageException(message, false);
    }

    boolean showUsage() {
        return showUsage;
    }
}
