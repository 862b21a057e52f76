package org.millwright.inference.internal.chat;

/**
 * What a chat call answered: the text, the token counts the server reported (null when it did not)
 * and the milliseconds from the call to the first piece of text (null when none came).
 */
public record ChatOutcome(String text, Integer tokensIn, Integer tokensOut, Long firstTokenMillis) {}
