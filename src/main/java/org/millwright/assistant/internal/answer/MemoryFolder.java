package org.millwright.assistant.internal.answer;

import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.millwright.assistant.internal.AssistantSettings;
import org.millwright.assistant.internal.conversation.Conversations;
import org.millwright.assistant.internal.conversation.Memory;
import org.millwright.inference.ChatCall;
import org.millwright.inference.ChatResult;
import org.millwright.platform.error.TooManyRequestsException;
import org.springframework.stereotype.Component;

/**
 * Keeps a conversation's memory bounded: the turns that fall out of the memory window are folded
 * into the running summary, by the model ({@code assistant.summary}) when there is one, else by an
 * extractive condensation (the first sentence of each older question and answer). The summary
 * keeps its newest part when it grows past {@code conversations.summary-chars}.
 */
@Component
public class MemoryFolder {

    static final int SENTENCE_CHARS = 200;
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s|\\R");
    private static final Pattern CITATION = Pattern.compile("\\s*\\[\\d+](\\[\\d+])*");
    private final Conversations conversations;
    private final AnswerGenerator generator;
    private final AssistantSettings settings;

    MemoryFolder(Conversations conversations, AnswerGenerator generator, AssistantSettings settings) {
        this.conversations = conversations;
        this.generator = generator;
        this.settings = settings;
    }

    /** Folds the conversation's turns that left the memory window into its summary. */
    public void fold(UUID conversationId, UUID userId, String language) {
        Conversations.Folding folding = conversations.toFold(conversationId);
        if (folding.turns().isEmpty()) {
            return;
        }
        int max = settings.conversations().summaryChars();
        String summary = null;
        if (generator.available()) {
            var call = new ChatCall(
                    "assistant.summary",
                    userId,
                    conversationId,
                    PromptBuilder.summary(language, folding.summary(), folding.turns(), max),
                    List.of(),
                    0.0,
                    Math.max(64, max / 3));
            try {
                summary = generator.chat(call).map(ChatResult::text).orElse(null);
            } catch (TooManyRequestsException e) {
                summary = null;
            }
        }
        if (summary == null || summary.isBlank()) {
            summary = condensed(folding.summary(), folding.turns());
        }
        conversations.saveSummary(conversationId, tail(summary.strip(), max), folding.upTo());
    }

    /** The earlier summary followed by the first sentence of each question and answer. */
    static String condensed(String summary, List<Memory.Exchange> turns) {
        StringBuilder out = new StringBuilder(summary == null ? "" : summary.strip());
        for (Memory.Exchange turn : turns) {
            out.append(out.isEmpty() ? "" : "\n")
                    .append("Q: ")
                    .append(firstSentence(turn.question()))
                    .append(" — A: ")
                    .append(firstSentence(answerBody(turn.answer())));
        }
        return out.toString();
    }

    /** An answer without its lead-in line (an extractive answer starts with one) and citations. */
    private static String answerBody(String answer) {
        String text =
                CITATION.matcher(answer == null ? "" : answer).replaceAll("").strip();
        String[] lines = text.split("\\R+");
        if (lines.length > 1 && lines[0].strip().endsWith(":")) {
            text = String.join(" ", java.util.Arrays.copyOfRange(lines, 1, lines.length));
        }
        return text.replaceFirst("^[-•*]\\s*", "");
    }

    static String firstSentence(String text) {
        String t = text == null ? "" : text.strip();
        String first = SENTENCE_END.split(t, 2)[0].strip();
        return first.length() <= SENTENCE_CHARS ? first : first.substring(0, SENTENCE_CHARS - 1) + "…";
    }

    /** The last {@code max} characters, starting at a line when one begins in them. */
    static String tail(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        String end = text.substring(text.length() - max);
        int line = end.indexOf('\n');
        return line >= 0 && line < max / 2 ? end.substring(line + 1) : end;
    }
}
