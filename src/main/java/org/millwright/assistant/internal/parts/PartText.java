package org.millwright.assistant.internal.parts;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.millwright.maintenance.AssetType;
import org.millwright.maintenance.CataloguedPart;

/**
 * The text of a part that is embedded and matched: its numbers, description and manufacturer, and
 * the machines it fits in English and Spanish ({@code Fits: Pump (Bomba), Motor}).
 */
final class PartText {

    private PartText() {}

    static String of(CataloguedPart p) {
        String head = Stream.of(p.partNumber(), p.description(), p.manufacturer(), p.manufacturerPartNumber())
                .filter(Objects::nonNull)
                .filter(s -> !s.isBlank())
                .collect(Collectors.joining(". "));
        List<String> fits = p.assetTypes().stream().map(PartText::typeName).toList();
        return fits.isEmpty() ? head : head + ". Fits: " + String.join(", ", fits);
    }

    /** The words the question is matched against: everything but the machine types it fits. */
    static String words(CataloguedPart p) {
        return Stream.of(p.partNumber(), p.manufacturerPartNumber(), p.manufacturer(), p.description())
                .filter(Objects::nonNull)
                .collect(Collectors.joining(" "));
    }

    private static String typeName(String code) {
        return AssetType.builtIn(code)
                .map(t -> t.nameEn().equals(t.nameEs()) ? t.nameEn() : t.nameEn() + " (" + t.nameEs() + ")")
                .orElse(code.replace('_', ' '));
    }
}
