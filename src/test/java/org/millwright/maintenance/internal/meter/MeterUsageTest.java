package org.millwright.maintenance.internal.meter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class MeterUsageTest {

    private static final Instant T0 = Instant.parse("2026-03-01T08:00:00Z");

    @Test
    void averageIsTheIncreaseOverTheSpanOfTheReadings() {
        var points = List.of(at(0, 1000), at(2, 1040), at(10, 1200));
        assertThat(MeterUsage.averagePerDay(points)).isCloseTo(20.0, within(1e-9));
    }

    @Test
    void aResetStartsANewCountWhoseStepIsNotUse() {
        var points = List.of(at(0, 7000), at(4, 7080), reset(5, 0), at(8, 60));
        // 80 before the reset, 60 after it, over 8 days.
        assertThat(MeterUsage.averagePerDay(points)).isCloseTo(17.5, within(1e-9));
    }

    @Test
    void noAverageFromOneReadingOrReadingsMinutesApart() {
        assertThat(MeterUsage.averagePerDay(List.of())).isNull();
        assertThat(MeterUsage.averagePerDay(List.of(at(0, 5)))).isNull();
        var close = List.of(
                new MeterUsage.Point(5, T0, false), new MeterUsage.Point(6, T0.plus(Duration.ofMinutes(30)), false));
        assertThat(MeterUsage.averagePerDay(close)).isNull();
    }

    @Test
    void anIdleMeterUsesNothing() {
        assertThat(MeterUsage.averagePerDay(List.of(at(0, 750), at(3, 750)))).isZero();
    }

    private static MeterUsage.Point at(int day, double value) {
        return new MeterUsage.Point(value, T0.plus(Duration.ofDays(day)), false);
    }

    private static MeterUsage.Point reset(int day, double value) {
        return new MeterUsage.Point(value, T0.plus(Duration.ofDays(day)), true);
    }
}
