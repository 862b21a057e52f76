package org.millwright.maintenance.internal.history;

import java.util.Locale;

/**
 * A failure code as the API shows it: {@code name} in the language asked for, both names, whether
 * it may be used now and whether it comes from the default catalogue.
 */
public record FailureCodeView(
        FailureKind kind, String code, String name, String nameEn, String nameEs, boolean active, boolean standard) {

    static FailureCodeView of(
            FailureKind kind,
            String code,
            String nameEn,
            String nameEs,
            boolean active,
            boolean standard,
            Locale lang) {
        String name = "es".equals(lang.getLanguage()) ? nameEs : nameEn;
        return new FailureCodeView(kind, code, name, nameEn, nameEs, active, standard);
    }
}
