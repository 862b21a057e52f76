package org.millwright.assistant.internal;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Duration;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Conversations ({@code millwright.assistant.conversations.*}).
 *
 * @param memoryTurns the latest turns given to the model word for word; older ones are summarised
 * @param idleExpiry a conversation idle this long is closed
 * @param retention conversations older than this are deleted
 * @param retentionCheckInterval how often old conversations are looked for (at least a minute)
 * @param summaryChars longest running summary of a conversation's older turns (characters)
 */
public record ConversationSettings(
        @Min(1) @Max(50) @DefaultValue("10") int memoryTurns,
        @DefaultValue("2h") Duration idleExpiry,
        @DefaultValue("90d") Duration retention,
        @DefaultValue("6h") Duration retentionCheckInterval,
        @Min(200) @Max(8000) @DefaultValue("2000") int summaryChars) {}
