package org.millwright.knowledge.internal.index;

/** Tells what the index folder holds without opening the index: cheap, safe at start-up. */
@FunctionalInterface
public interface IndexProbe {

    IndexFolder inspect();
}
