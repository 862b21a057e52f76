package org.millwright.knowledge.internal.parsing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LanguageGuessTest {

    @Test
    void tellsSpanishFromEnglish() {
        assertThat(LanguageGuess.of("Revisar el estado de los rodamientos y la temperatura del motor"))
                .isEqualTo("es");
        assertThat(LanguageGuess.of("Check the condition of the bearings and the temperature of the motor"))
                .isEqualTo("en");
    }

    @Test
    void defaultsToEnglishWithoutEvidence() {
        assertThat(LanguageGuess.of("")).isEqualTo("en");
        assertThat(LanguageGuess.of(null)).isEqualTo("en");
        assertThat(LanguageGuess.of("P-101 4000 rpm")).isEqualTo("en");
    }
}
