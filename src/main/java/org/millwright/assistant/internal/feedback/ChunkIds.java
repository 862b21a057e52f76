package org.millwright.assistant.internal.feedback;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/** Cited chunk ids as stored in one column: comma-separated UUIDs, at most {@link #MAX} of them. */
final class ChunkIds {

    static final int MAX = 100;

    private ChunkIds() {}

    static String join(List<UUID> ids) {
        return ids.stream().distinct().limit(MAX).map(UUID::toString).collect(Collectors.joining(","));
    }

    static List<UUID> split(String stored) {
        if (stored == null || stored.isBlank()) {
            return List.of();
        }
        return List.copyOf(Arrays.stream(stored.split(","))
                .map(String::strip)
                .map(UUID::fromString)
                .collect(Collectors.toCollection(LinkedHashSet::new)));
    }
}
