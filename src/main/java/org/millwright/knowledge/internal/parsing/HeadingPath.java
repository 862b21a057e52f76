package org.millwright.knowledge.internal.parsing;

import java.util.ArrayList;
import java.util.List;

/** The headings above the current position, each with its level (1 outermost). */
final class HeadingPath {

    private record Heading(int level, String title) {}

    private final List<Heading> stack = new ArrayList<>();

    /** A heading of this level closes every open heading of the same or a deeper level. */
    void enter(int level, String title) {
        while (!stack.isEmpty() && stack.getLast().level() >= level) {
            stack.removeLast();
        }
        stack.add(new Heading(level, title));
    }

    /** Starts over with these sections, outermost first (e.g. "Slide 3"), below any heading. */
    void reset(List<String> titles) {
        stack.clear();
        titles.forEach(title -> stack.add(new Heading(Integer.MIN_VALUE, title)));
    }

    List<String> titles() {
        return stack.stream().map(Heading::title).toList();
    }
}
