package org.millwright.assistant.internal;

import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Voice questions ({@code millwright.assistant.voice.*}).
 *
 * @param maxAudioSize largest recording accepted
 */
public record VoiceSettings(@DefaultValue("10MB") DataSize maxAudioSize) {}
