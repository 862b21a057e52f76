package org.millwright.maintenance.internal.history;

/** The failure mode, cause and remedy of a piece of work, each an active code or null. */
public record FailureCoding(String mode, String cause, String remedy) {

    public static final FailureCoding NONE = new FailureCoding(null, null, null);
}
