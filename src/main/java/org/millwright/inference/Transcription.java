package org.millwright.inference;

/** The text of a clip, the language the server heard (null when not reported) and the time taken. */
public record Transcription(String text, String language, String model, long latencyMillis) {}
