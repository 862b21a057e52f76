package org.millwright.assistant.internal.parts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.millwright.maintenance.CataloguedPart;

class WordsTest {

    @Test
    void contentWordsAreFoldedWithoutFunctionWords() {
        assertThat(Words.content("¿Qué SELLO mecánico necesito para la bomba?"))
                .containsExactly("sello", "mecanico", "bomba");
    }

    @Test
    void wordsDifferingOnlyInTheirEndingAreTheSame() {
        assertThat(Words.same("rodamiento", "rodamientos")).isTrue();
        assertThat(Words.same("lubricate", "lubrication")).isTrue();
        assertThat(Words.same("sello", "sellos")).isTrue();
        assertThat(Words.same("aire", "air")).isFalse();
        assertThat(Words.same("compresor", "compressor"))
                .as("close enough across languages")
                .isTrue();
        assertThat(Words.same("motor", "motores")).isTrue();
        assertThat(Words.same("bomba", "bombero")).isFalse();
    }

    @Test
    void partNumbersAreComparedWithoutSeparatorsOrCase() {
        assertThat(Words.numberTokens("¿hay stock del 6309-2z-c3?")).contains("63092ZC3");
        assertThat(Words.compact("6309-2Z-C3")).isEqualTo("63092ZC3");
        assertThat(Words.compact(null)).isEmpty();
    }

    @Test
    void aPartsTextNamesTheMachinesItFitsInBothLanguages() {
        var part = new CataloguedPart(
                UUID.randomUUID(),
                "FA-1250-C",
                "Filtro de aire",
                "Atlas Copco",
                null,
                List.of("compressor", "motor", "kiln"),
                List.of(),
                3);
        assertThat(PartText.of(part))
                .isEqualTo("FA-1250-C. Filtro de aire. Atlas Copco. Fits: Compressor (Compresor), Motor, kiln");
        assertThat(PartsAdvisor.dot(new float[] {0.6f, 0.8f}, new float[] {0.6f, 0.8f}))
                .isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-6));
    }
}
