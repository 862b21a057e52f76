package org.millwright.maintenance.internal.imports;

import java.util.List;

/**
 * One import of one kind of row, from its first row to its commit. Made fresh for each file: it
 * holds what rows are checked against (loaded once) and what earlier rows of the file declared.
 */
interface RowImporter<T> {

    List<Column> columns();

    /** The row as a value ready to write, or null when a problem was recorded for it. */
    T read(CsvRow row);

    /** The valid rows that are to be written; the others are recorded as skipped. */
    default List<T> toWrite(List<T> valid, ImportProblems problems) {
        return valid;
    }

    /** Writes the rows, inside the import's transaction. */
    void write(List<T> rows);
}
