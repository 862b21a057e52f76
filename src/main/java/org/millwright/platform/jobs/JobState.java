package org.millwright.platform.jobs;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The life of a background job: an explicit state machine. */
public enum JobState {
    PENDING,
    PROCESSING,
    COMPLETED,
    FAILED;

    private static final Map<JobState, Set<JobState>> NEXT = Map.of(
            PENDING, Set.of(PROCESSING, FAILED),
            PROCESSING, Set.of(PROCESSING, COMPLETED, FAILED),
            COMPLETED, Set.of(),
            FAILED, Set.of());

    public boolean canMoveTo(JobState next) {
        return NEXT.get(this).contains(next);
    }

    @JsonValue
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }
}
