package org.millwright.platform.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class JobStateTest {

    @Test
    void followsTheAllowedTransitionsOnly() {
        assertThat(JobState.PENDING.canMoveTo(JobState.PROCESSING)).isTrue();
        assertThat(JobState.PROCESSING.canMoveTo(JobState.COMPLETED)).isTrue();
        assertThat(JobState.PROCESSING.canMoveTo(JobState.FAILED)).isTrue();
        assertThat(JobState.PENDING.canMoveTo(JobState.COMPLETED)).isFalse();
        assertThat(JobState.COMPLETED.canMoveTo(JobState.PROCESSING)).isFalse();
        assertThat(JobState.FAILED.canMoveTo(JobState.COMPLETED)).isFalse();
    }

    @Test
    void aRecordRefusesAnIllegalMoveAndClampsProgress() {
        JobRecord record = new JobRecord("export", "{}", null);
        assertThatThrownBy(() -> record.complete("{}")).isInstanceOf(IllegalStateException.class);
        record.moveTo(JobState.PROCESSING);
        record.progress(140, "x".repeat(600));
        assertThat(record.getProgress()).isEqualTo(100);
        assertThat(record.getMessage()).hasSize(500);
        record.fail("boom");
        assertThat(record.getState()).isEqualTo(JobState.FAILED);
        assertThat(JobState.FAILED.wire()).isEqualTo("failed");
    }
}
