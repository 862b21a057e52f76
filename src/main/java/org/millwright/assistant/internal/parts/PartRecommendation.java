package org.millwright.assistant.internal.parts;

import java.util.List;
import org.millwright.maintenance.PartSummary;

/**
 * A part recommended for a question, with why: {@code exactPartNumber} when the question names
 * it, the question's {@code matchedWords} found in its text, its semantic {@code similarity} to
 * the question (cosine, −1 to 1; 0 when vectors could not be computed), and whether it {@code
 * fits} the machine asked about (false too when no machine was given). {@code score} orders
 * recommendations of one question (a part named by number comes first whatever its score).
 */
public record PartRecommendation(
        PartSummary part,
        double score,
        boolean exactPartNumber,
        List<String> matchedWords,
        double similarity,
        boolean fits) {

    public PartRecommendation {
        matchedWords = List.copyOf(matchedWords);
    }
}
