package org.millwright.maintenance.internal.imports;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Ids for rows written in bulk: version-7 UUIDs (a millisecond timestamp, then random bits), so
 * consecutive rows land next to each other in the primary-key index instead of all over it.
 */
final class TimeOrderedIds {

    private TimeOrderedIds() {}

    static UUID next() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long millis = System.currentTimeMillis();
        long high = (millis << 16) | 0x7000L | (random.nextLong() & 0x0FFFL);
        long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(high, low);
    }
}
