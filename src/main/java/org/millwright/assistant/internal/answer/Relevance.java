package org.millwright.assistant.internal.answer;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.millwright.knowledge.RetrievedPassage;

/**
 * Whether a retrieved passage has anything to do with the question. Hybrid retrieval always
 * returns its k nearest passages, related or not, so the assistant checks: the question's
 * meaningful words found in the passage, plus the words the index itself matched (marked in the
 * snippet, including those carried across languages). A passage is relevant with two such words,
 * or one when the question has only one.
 */
final class Relevance {

    private static final Pattern MARKED = Pattern.compile("<em>(.*?)</em>");

    private Relevance() {}

    /** The stems a passage shares with the question, the index's own matches included. */
    static Set<String> matched(Set<String> questionStems, RetrievedPassage p) {
        Set<String> found = new LinkedHashSet<>();
        Set<String> passage = TextTerms.stems(p.text() == null ? p.title() : p.text() + " " + p.title());
        for (String stem : questionStems) {
            if (passage.contains(stem)) {
                found.add(stem);
            }
        }
        found.addAll(marked(p.snippet()));
        return found;
    }

    /** The stems of the words the index marked in a snippet. */
    static Set<String> marked(String snippet) {
        Set<String> out = new LinkedHashSet<>();
        if (snippet == null) {
            return out;
        }
        Matcher m = MARKED.matcher(snippet);
        while (m.find()) {
            out.addAll(TextTerms.stems(m.group(1)));
        }
        return out;
    }

    static boolean relevant(Set<String> questionStems, RetrievedPassage p) {
        int needed = Math.min(2, Math.max(1, questionStems.size()));
        return matched(questionStems, p).size() >= needed;
    }
}
