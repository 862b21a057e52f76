package org.millwright.maintenance.internal.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class TimeOrderedIdsTest {

    @Test
    void idsAreVersion7AndOrderedByTheirMillisecond() throws InterruptedException {
        UUID first = TimeOrderedIds.next();
        Thread.sleep(3);
        UUID later = TimeOrderedIds.next();
        assertThat(first.version()).isEqualTo(7);
        assertThat(first.variant()).isEqualTo(2);
        assertThat(Long.compareUnsigned(first.getMostSignificantBits() >>> 16, later.getMostSignificantBits() >>> 16))
                .isNegative();
        assertThat(first.toString().compareTo(later.toString())).isNegative();
        Set<UUID> many = new HashSet<>();
        for (int i = 0; i < 100_000; i++) {
            many.add(TimeOrderedIds.next());
        }
        assertThat(many).hasSize(100_000);
    }
}
