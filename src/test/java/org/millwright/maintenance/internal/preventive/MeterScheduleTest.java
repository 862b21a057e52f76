package org.millwright.maintenance.internal.preventive;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class MeterScheduleTest {

    private static final ZoneId ZONE = ZoneId.of("America/Santiago");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-04-06T13:00:00Z"), ZONE);
    private static final UUID METER = UUID.randomUUID();

    private static Trigger every750(String lead) {
        return Trigger.meter(METER, new BigDecimal("750"), BigDecimal.ZERO, lead == null ? null : new BigDecimal(lead));
    }

    private static List<PlannedPoint> upcoming(Trigger t, String after, String current, Double perDay, int count) {
        return MeterSchedule.upcoming(
                t,
                after == null ? null : new BigDecimal(after),
                current == null ? null : new BigDecimal(current),
                perDay,
                CLOCK.instant(),
                ZONE,
                count);
    }

    private static LocalDate today() {
        return LocalDate.now(CLOCK);
    }

    @Test
    void pointsAreProjectedFromTheCurrentValueAndTheDailyUse() {
        List<PlannedPoint> points = upcoming(every750(null), "750", "1400", 20.0, 3);
        assertThat(points)
                .extracting(PlannedPoint::dueValue)
                .containsExactly(new BigDecimal("1500"), new BigDecimal("2250"), new BigDecimal("3000"));
        assertThat(points).extracting(PlannedPoint::key).containsExactly("meter:1500", "meter:2250", "meter:3000");
        assertThat(points.get(0).dueDate()).as("100 h at 20 h a day").isEqualTo(today().plusDays(5));
        assertThat(points.get(1).dueDate()).as("850 h: 42.5 days").isEqualTo(today().plusDays(42));
        assertThat(points).allSatisfy(p -> {
            assertThat(p.projected()).isTrue();
            assertThat(p.dueNow()).isFalse();
        });
        assertThat(points.get(0).within(today().plusDays(14))).isTrue();
        assertThat(points.get(1).within(today().plusDays(14))).isFalse();
    }

    @Test
    void withinTheLeadAPointIsDueNowEvenWithoutAProjection() {
        List<PlannedPoint> points = upcoming(every750("150"), "750", "1400", null, 2);
        assertThat(points.get(0).dueNow()).isTrue();
        assertThat(points.get(0).dueDate()).as("no use known: due today").isEqualTo(today());
        assertThat(points.get(0).within(today())).isTrue();
        assertThat(points.get(1).dueNow()).isFalse();
        assertThat(points.get(1).dueDate()).isNull();
        assertThat(points.get(1).within(today().plusYears(5))).isFalse();

        List<PlannedPoint> projected = upcoming(every750("150"), "750", "1400", 10.0, 1);
        assertThat(projected.getFirst().dueNow()).isTrue();
        assertThat(projected.getFirst().dueDate())
                .as("the lead creates it now; the due date stays the projection")
                .isEqualTo(today().plusDays(10));
    }

    @Test
    void pointsTheMeterPassedWithoutAWorkOrderBecomeOneCatchUpDueToday() {
        List<PlannedPoint> points = upcoming(every750(null), null, "3100", 20.0, 2);
        PlannedPoint catchUp = points.getFirst();
        assertThat(catchUp.dueValue()).isEqualByComparingTo("3000");
        assertThat(catchUp.missedBefore()).as("750, 1500 and 2250").isEqualTo(3);
        assertThat(catchUp.dueDate()).isEqualTo(today());
        assertThat(catchUp.dueNow()).isTrue();
        assertThat(points.get(1).dueValue()).isEqualByComparingTo("3750");
        assertThat(points.get(1).dueDate()).as("650 h at 20 h a day").isEqualTo(today().plusDays(32));
    }

    @Test
    void aMeterWithoutReadingsProjectsNothing() {
        List<PlannedPoint> points = upcoming(every750(null), null, null, null, 2);
        assertThat(points)
                .extracting(PlannedPoint::dueValue)
                .containsExactly(new BigDecimal("750"), new BigDecimal("1500"));
        assertThat(points).allSatisfy(p -> {
            assertThat(p.dueDate()).isNull();
            assertThat(p.dueNow()).isFalse();
        });
    }

    @Test
    void decimalIntervalsStayExact() {
        Trigger tenths = Trigger.meter(METER, new BigDecimal("0.1"), new BigDecimal("0.000"), null);
        List<PlannedPoint> points = upcoming(tenths, "0.300", "0.31", null, 2);
        assertThat(points).extracting(PlannedPoint::key).containsExactly("meter:0.4", "meter:0.5");
        Trigger offset = Trigger.meter(METER, new BigDecimal("750"), new BigDecimal("12000"), null);
        assertThat(upcoming(offset, null, "11900", 50.0, 1).getFirst().dueValue())
                .as("the first point is the start value plus the interval")
                .isEqualByComparingTo("12750");
    }

    @Test
    void aBarelyUsedMeterHasNoProjectionAndAStoppedOneNone() {
        assertThat(MeterSchedule.projected(new BigDecimal("1000000"), BigDecimal.ZERO, 0.001, CLOCK.instant(), ZONE))
                .isNull();
        assertThat(MeterSchedule.projected(new BigDecimal("10"), BigDecimal.ZERO, 0.0, CLOCK.instant(), ZONE))
                .isNull();
    }
}
