package org.millwright.knowledge.internal.parsing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.millwright.knowledge.internal.parsing.ParseFailure.Reason;

class PlainTextParsingTest {

    private final DocumentParser parser = new DocumentParser();

    @Test
    void numberedAndCapitalHeadingsInPlainText() {
        String text = String.join(
                "\n",
                "MANUAL DE BOMBAS",
                "1. Objetivos",
                "Establecer la mantención de las bombas.",
                "1.2 Alcance",
                "Aplica a todas las bombas de la planta.",
                "2. Responsabilidades",
                "El jefe de área revisa el plan.");

        ParsedDocument doc = parser.parse(text.getBytes(StandardCharsets.UTF_8), "manual.txt", "text/plain");

        assertThat(doc.detectedMediaType()).isEqualTo("text/plain");
        assertThat(doc.language()).isEqualTo("es");
        assertThat(doc.blocks())
                .extracting(Block::sectionPath)
                .containsExactly(
                        List.of("MANUAL DE BOMBAS", "1. Objetivos"),
                        List.of("MANUAL DE BOMBAS", "1. Objetivos", "1.2 Alcance"),
                        List.of("MANUAL DE BOMBAS", "2. Responsabilidades"));
        assertThat(doc.blocks()).extracting(Block::lineStart).containsExactly(3, 5, 7);
    }

    @Test
    void sentencesAndLongLinesAreNotHeadings() {
        assertThat(HeadingRules.plainHeading("5.1.1 Elaborar el plan de la planta."))
                .isNull();
        assertThat(HeadingRules.plainHeading("3. the pump starts")).isNull();
        assertThat(HeadingRules.plainHeading("NOTE: CHECK THE SEAL:")).isNull();
        assertThat(HeadingRules.plainHeading("5. Basic Pump Maintenance").level())
                .isEqualTo(2);
        assertThat(HeadingRules.plainHeading("1.2 Objetivos").level()).isEqualTo(3);
        assertThat(HeadingRules.plainHeading("SAFETY").level()).isEqualTo(1);
    }

    @Test
    void windows1252TextIsDecoded() {
        byte[] bytes = "Revisión de rodamientos\r\ncada mes\r\n".getBytes(Charset.forName("windows-1252"));

        ParsedDocument doc = parser.parse(bytes, "notas.txt", null);

        assertThat(doc.fullText()).startsWith("Revisión de rodamientos\ncada mes");
        assertThat(doc.blocks().getFirst().lineEnd()).isEqualTo(2);
    }

    @Test
    void csvRowsKeepTheirLineNumbers() {
        String csv = "asset,part,interval\nP-101,bearing,30\nP-102,seal,90\n";

        ParsedDocument doc = parser.parse(csv.getBytes(StandardCharsets.UTF_8), "plan.csv", "text/csv");

        assertThat(doc.detectedMediaType()).isEqualTo("text/csv");
        assertThat(doc.blocks()).singleElement().satisfies(block -> {
            assertThat(block.lineStart()).isEqualTo(1);
            assertThat(block.lineEnd()).isEqualTo(3);
            assertThat(block.sectionPath()).isEmpty();
        });
    }

    @Test
    void unknownBinaryIsUnsupportedAndEmptyIsCorrupt() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};

        assertThat(catchThrowableOfType(ParseFailure.class, () -> parser.parse(png, "photo.png", "image/png"))
                        .reason())
                .isEqualTo(Reason.UNSUPPORTED);
        assertThat(catchThrowableOfType(ParseFailure.class, () -> parser.parse(new byte[0], "a.txt", null))
                        .reason())
                .isEqualTo(Reason.CORRUPT);
    }
}
