package org.millwright.assistant.internal.conversation;

import java.util.List;

/**
 * What the model remembers of a conversation: the running summary of its older turns (null when
 * none) and the latest turns word for word, oldest first.
 */
public record Memory(String summary, List<Exchange> recent) {

    public static final Memory EMPTY = new Memory(null, List.of());

    public Memory {
        recent = List.copyOf(recent);
    }

    /** A question and the answer given. */
    public record Exchange(String question, String answer) {}
}
