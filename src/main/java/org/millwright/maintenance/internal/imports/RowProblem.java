package org.millwright.maintenance.internal.imports;

/**
 * A problem with one value of an import file: its row (the header is row 1), its column as the
 * file names it (null for the whole row), and what is wrong, in the caller's language.
 */
public record RowProblem(long row, String column, String problem) {}
