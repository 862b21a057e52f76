package org.millwright.inference.internal.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class AuditTextTest {

    @Test
    void formulaLikeCellsGetAnApostrophe() {
        for (String formula : List.of("=1+1", "+SUM(A1)", "-2", "@cmd", "\tx", "\rx")) {
            assertThat(CsvCells.safe(formula)).isEqualTo("'" + formula);
        }
        assertThat(CsvCells.safe("How do I bleed the pump?")).isEqualTo("How do I bleed the pump?");
        assertThat(CsvCells.safe("a=b")).isEqualTo("a=b");
        assertThat(CsvCells.safe("")).isEmpty();
        assertThat(CsvCells.safe(null)).isNull();
    }

    @Test
    void textIsCutWithoutSplittingASurrogatePair() {
        assertThat(InferenceAudit.cut("abcdef", 4)).isEqualTo("abcd");
        assertThat(InferenceAudit.cut("abc", 4)).isEqualTo("abc");
        assertThat(InferenceAudit.cut("abc\uD83D\uDD27", 4)).isEqualTo("abc");
        assertThat(InferenceAudit.cut(null, 4)).isNull();
    }

    @Test
    void sourcesKeepWholeEntriesThatFit() {
        assertThat(InferenceAudit.sources(Arrays.asList("doc-1#p3", " ", null, "doc-2\n#p4")))
                .isEqualTo("doc-1#p3\ndoc-2 #p4");
        assertThat(InferenceAudit.sources(List.of())).isNull();
        String big = "x".repeat(1500);
        String kept = InferenceAudit.sources(Collections.nCopies(5, big));
        assertThat(kept.split("\n")).hasSize(2);
        assertThat(kept.length()).isLessThanOrEqualTo(InferenceAudit.MAX_SOURCES_CHARS);
    }
}
