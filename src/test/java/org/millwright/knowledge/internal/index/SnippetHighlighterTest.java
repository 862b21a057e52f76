package org.millwright.knowledge.internal.index;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

class SnippetHighlighterTest {

    @Test
    void passagesScoreExactlyAsWithLucenesScorer() {
        Passage passage = new Passage();
        passage.setStartOffset(140);
        passage.setEndOffset(260);
        passage.addMatch(145, 149, new BytesRef("pump"), 3);
        passage.addMatch(160, 167, new BytesRef("bearing"), 1);
        passage.addMatch(190, 194, new BytesRef("pump"), 3);
        passage.addMatch(200, 207, new BytesRef("bearing"), 1);
        passage.addMatch(230, 235, new BytesRef("grease"), 2);
        PassageScorer lucene = new PassageScorer();
        PassageScorer ours = new SnippetHighlighter.FewTermsPassageScorer();

        assertThat(ours.score(passage, 640)).isPositive().isEqualTo(lucene.score(passage, 640));
        Passage empty = new Passage();
        empty.setStartOffset(0);
        empty.setEndOffset(80);
        assertThat(ours.score(empty, 640)).isZero().isEqualTo(lucene.score(empty, 640));
    }

    @Test
    void aHitWithoutMarkedTermsShowsTheEscapedStartOfItsText() {
        assertThat(SnippetHighlighter.plain("a <b> & c")).isEqualTo("a &lt;b&gt; &amp; c");
        assertThat(SnippetHighlighter.plain("x".repeat(400))).hasSize(SnippetHighlighter.MAX_CHARS + 1);
        assertThat(SnippetHighlighter.plain(null)).isEmpty();
    }
}
