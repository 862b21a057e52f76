package org.millwright.maintenance.internal.imports;

import java.util.List;

/**
 * A column of an import file: its English name (the one exports write), whether every file must
 * have it, and the other names it is recognised by (Spanish ones among them). Names are compared
 * lower-cased, without accents, with spaces and dashes read as underscores.
 */
record Column(String name, boolean required, List<String> aliases) {

    static Column required(String name, String... aliases) {
        return new Column(name, true, List.of(aliases));
    }

    static Column optional(String name, String... aliases) {
        return new Column(name, false, List.of(aliases));
    }
}
