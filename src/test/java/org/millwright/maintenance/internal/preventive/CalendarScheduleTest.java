package org.millwright.maintenance.internal.preventive;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class CalendarScheduleTest {

    private static final ZoneId SANTIAGO = ZoneId.of("America/Santiago");
    /** 2026-04-06 09:00 in Santiago. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-04-06T13:00:00Z"), SANTIAGO);

    private static LocalDate today() {
        return LocalDate.now(CLOCK);
    }

    @Test
    void monthlyFromTheLastDayOfAMonthClampsWithoutDrifting() {
        Trigger monthly = Trigger.calendar(1, CalendarUnit.MONTHS, LocalDate.of(2027, 1, 31), CalendarMode.FIXED);
        assertThat(List.of(0, 1, 2, 3, 4).stream()
                        .map(n -> CalendarSchedule.point(monthly, n))
                        .toList())
                .containsExactly(
                        LocalDate.of(2027, 1, 31),
                        LocalDate.of(2027, 2, 28),
                        LocalDate.of(2027, 3, 31),
                        LocalDate.of(2027, 4, 30),
                        LocalDate.of(2027, 5, 31));
        Trigger leap = Trigger.calendar(1, CalendarUnit.MONTHS, LocalDate.of(2028, 1, 31), CalendarMode.FIXED);
        assertThat(CalendarSchedule.point(leap, 1)).isEqualTo(LocalDate.of(2028, 2, 29));
        Trigger quarterly = Trigger.calendar(3, CalendarUnit.MONTHS, LocalDate.of(2026, 11, 30), CalendarMode.FIXED);
        assertThat(CalendarSchedule.point(quarterly, 1)).isEqualTo(LocalDate.of(2027, 2, 28));
        assertThat(CalendarSchedule.point(quarterly, 2)).isEqualTo(LocalDate.of(2027, 5, 30));
    }

    @Test
    void theNextPointAfterAClampedOneIsFoundFromTheStart() {
        Trigger monthly = Trigger.calendar(1, CalendarUnit.MONTHS, LocalDate.of(2027, 1, 31), CalendarMode.FIXED);
        assertThat(CalendarSchedule.firstAfter(monthly, LocalDate.of(2027, 2, 28)))
                .isEqualTo(2);
        assertThat(CalendarSchedule.firstAfter(monthly, LocalDate.of(2027, 3, 30)))
                .isEqualTo(2);
        assertThat(CalendarSchedule.firstAfter(monthly, LocalDate.of(2027, 3, 31)))
                .isEqualTo(3);
        assertThat(CalendarSchedule.firstAfter(monthly, LocalDate.of(2026, 12, 31)))
                .as("before the start")
                .isZero();
        assertThat(CalendarSchedule.firstAfter(monthly, null)).isZero();
        assertThat(CalendarSchedule.lastBefore(monthly, LocalDate.of(2027, 3, 31)))
                .isEqualTo(1);
        assertThat(CalendarSchedule.lastBefore(monthly, LocalDate.of(2027, 4, 1)))
                .isEqualTo(2);
        assertThat(CalendarSchedule.lastBefore(monthly, LocalDate.of(2027, 1, 31)))
                .isEqualTo(-1);
    }

    @Test
    void aNewPlanStartingLaterHasItsStartDateFirstAndNothingMissed() {
        Trigger weekly = Trigger.calendar(1, CalendarUnit.WEEKS, today().plusDays(3), CalendarMode.FIXED);
        List<PlannedPoint> points = CalendarSchedule.fixed(weekly, null, today(), 3);
        assertThat(points)
                .extracting(PlannedPoint::dueDate)
                .containsExactly(today().plusDays(3), today().plusDays(10), today().plusDays(17));
        assertThat(points).allSatisfy(p -> {
            assertThat(p.missedBefore()).isZero();
            assertThat(p.projected()).isFalse();
            assertThat(p.key()).isEqualTo(p.dueDate().toString());
        });
        assertThat(points.stream()
                        .takeWhile(p -> p.within(today().plusDays(14)))
                        .count())
                .as("within a 14-day horizon")
                .isEqualTo(2);
    }

    @Test
    void pointsMissedWhileInactiveBecomeOneCatchUpThenTheScheduleGoesOn() {
        // Weekly from Monday 5 January; the first point was generated, then the plan stopped for 13 weeks.
        Trigger weekly = Trigger.calendar(1, CalendarUnit.WEEKS, LocalDate.of(2026, 1, 5), CalendarMode.FIXED);
        List<PlannedPoint> points = CalendarSchedule.fixed(weekly, LocalDate.of(2026, 1, 5), today(), 3);
        assertThat(points.getFirst().dueDate()).isEqualTo(LocalDate.of(2026, 3, 30));
        assertThat(points.getFirst().missedBefore())
                .as("12 January to 23 March")
                .isEqualTo(11);
        assertThat(points.subList(1, 3))
                .extracting(PlannedPoint::dueDate)
                .containsExactly(LocalDate.of(2026, 4, 6), LocalDate.of(2026, 4, 13));
        assertThat(points.subList(1, 3))
                .allSatisfy(p -> assertThat(p.missedBefore()).isZero());
    }

    @Test
    void aSingleOverduePointIsACatchUpWithNothingMissed() {
        Trigger daily = Trigger.calendar(2, CalendarUnit.DAYS, today().minusDays(2), CalendarMode.FIXED);
        List<PlannedPoint> points = CalendarSchedule.fixed(daily, null, today(), 2);
        assertThat(points).extracting(PlannedPoint::dueDate).containsExactly(today().minusDays(2), today());
        assertThat(points).extracting(PlannedPoint::missedBefore).containsExactly(0, 0);
    }

    @Test
    void generatedPointsAreNeverPlannedAgain() {
        Trigger weekly = Trigger.calendar(1, CalendarUnit.WEEKS, today(), CalendarMode.FIXED);
        LocalDate lastGenerated = today().plusWeeks(2);
        assertThat(CalendarSchedule.fixed(weekly, lastGenerated, today(), 1))
                .extracting(PlannedPoint::dueDate)
                .containsExactly(today().plusWeeks(3));
    }

    @Test
    void aFloatingScheduleCountsOnFromItsNextDate() {
        Trigger monthly = Trigger.calendar(1, CalendarUnit.MONTHS, LocalDate.of(2026, 1, 31), CalendarMode.FLOATING);
        List<PlannedPoint> points = CalendarSchedule.floating(monthly, LocalDate.of(2026, 5, 3), false, 3);
        assertThat(points)
                .extracting(PlannedPoint::dueDate)
                .containsExactly(LocalDate.of(2026, 5, 3), LocalDate.of(2026, 6, 3), LocalDate.of(2026, 7, 3));
        assertThat(points).extracting(PlannedPoint::projected).containsExactly(false, true, true);
    }
}
