package org.millwright.knowledge.internal.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class BilingualLexiconTest {

    private final BilingualLexicon lexicon = BilingualLexicon.bundled();

    @Test
    void aSpanishQuestionIsCarriedIntoEnglish() {
        var t = lexicon.translate("¿Cada cuánto hay que lubricar los rodamientos de la bomba P-101?");

        assertThat(t.looksSpanish()).isTrue();
        assertThat(t.english()).isEqualTo("how often lubricate bearing pump p-101");
        assertThat(t.englishTerms()).contains("bearing", "bearings", "pump", "lubrication", "p-101");
    }

    @Test
    void anEnglishQuestionIsCarriedIntoSpanish() {
        var t = lexicon.translate("Why does the mechanical seal leak?");

        assertThat(t.looksSpanish()).isFalse();
        assertThat(t.spanish()).isEqualTo("por que sello mecanico fuga");
    }

    @Test
    void phrasesWinOverWordsAndAccentsAndPluralsDoNotMatter() {
        assertThat(lexicon.translate("sellos mecanicos").english()).isEqualTo("mechanical seal");
        assertThat(lexicon.translate("VÁLVULAS").english()).isEqualTo("valve");
        assertThat(lexicon.translate("palabra desconocida 750").english()).isEqualTo("750");
    }

    @Test
    void aPlantAddsItsOwnTerms() {
        var own = new ByteArrayInputStream("# plant terms\nchancador\tcrusher\n".getBytes(StandardCharsets.UTF_8));
        var extended = BilingualLexicon.load(List.of(BilingualLexicon.bundledStream(), own));

        assertThat(lexicon.translate("chancador").english()).isEmpty();
        assertThat(extended.translate("revisar el chancador").english()).isEqualTo("check crusher");
    }
}
