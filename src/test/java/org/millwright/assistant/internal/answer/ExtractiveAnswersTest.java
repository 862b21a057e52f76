package org.millwright.assistant.internal.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.millwright.knowledge.RetrievedPassage;

class ExtractiveAnswersTest {

    private static final String CONVEYOR = """
            Conveyor belt care
            The belt tension is checked every week with the conveyor stopped and locked out.
            A belt that slips under load needs more tension; adjust the take-up screws evenly
            on both sides of the tail pulley.
            Clean the return rollers monthly.
            """;
    private static final String COMPRESSOR = """
            | Task | Interval |
            |---|---|
            | Cambiar el filtro de aire del compresor | 500 horas |
            El aceite del compresor se cambia cada 2000 horas de operación.
            """;

    @Test
    void keepsTheSentencesThatShareTheQuestionsWordsWithTheirSourceNumbers() {
        var answers = new ExtractiveAnswers(5);
        var sentences = answers.extract(
                "How often is the belt tension checked?",
                "en",
                List.of(passage(CONVEYOR, "en", "<em>belt</em> <em>tension</em>"), passage(COMPRESSOR, "es", "")));
        assertThat(sentences).isNotEmpty();
        assertThat(sentences.getFirst().text())
                .isEqualTo("The belt tension is checked every week with the conveyor stopped and locked out.");
        assertThat(sentences).allMatch(s -> s.n() == 1);
        assertThat(sentences).noneMatch(s -> s.text().contains("return rollers"));
    }

    @Test
    void accentsAndWordEndingsDoNotMatterAndTableRowsAreSentences() {
        var sentences = new ExtractiveAnswers(5)
                .extract(
                        "¿Cada cuántas horas se cambia el filtro de aire del compresor?",
                        "es",
                        List.of(passage(COMPRESSOR, "es", "")));
        assertThat(sentences.getFirst().text()).isEqualTo("Cambiar el filtro de aire del compresor · 500 horas");
        assertThat(sentences).extracting(ExtractiveAnswers.Sentence::n).containsOnly(1);
    }

    @Test
    void nothingRelevantGivesNoSentence() {
        assertThat(new ExtractiveAnswers(5)
                        .extract(
                                "What is the recipe for a chocolate cake?",
                                "en",
                                List.of(passage(CONVEYOR, "en", ""), passage(COMPRESSOR, "es", ""))))
                .isEmpty();
    }

    @Test
    void theQuestionsLanguageIsTold() {
        assertThat(QuestionLanguage.of("¿Cómo alineo el motor?", "en")).isEqualTo("es");
        assertThat(QuestionLanguage.of("cada cuanto cambiar aceite bomba", "en"))
                .isEqualTo("es");
        assertThat(QuestionLanguage.of("How do I align the motor?", "es")).isEqualTo("en");
        assertThat(QuestionLanguage.of("P-101", "es")).isEqualTo("es");
        assertThat(QuestionLanguage.of("P-101", "en")).isEqualTo("en");
    }

    @Test
    void olderTurnsAreCondensedToTheirFirstSentences() {
        String summary = MemoryFolder.condensed(
                "Earlier summary.",
                List.of(new org.millwright.assistant.internal.conversation.Memory.Exchange(
                        "Why does P-1 vibrate? It started today.",
                        "From the knowledge base:\n\n- Check the coupling alignment. [1]\n- Then the bearings. [2]")));
        assertThat(summary).isEqualTo("Earlier summary.\nQ: Why does P-1 vibrate? — A: Check the coupling alignment.");
        assertThat(MemoryFolder.tail("aaaa\nbbbbbbbb", 10)).isEqualTo("bbbbbbbb");
    }

    private static RetrievedPassage passage(String text, String language, String snippet) {
        return new RetrievedPassage(
                UUID.randomUUID(),
                UUID.randomUUID(),
                "document",
                "Manual",
                List.of(),
                null,
                1,
                5,
                language,
                1f,
                snippet,
                text,
                null);
    }
}
