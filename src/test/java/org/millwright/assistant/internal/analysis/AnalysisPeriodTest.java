package org.millwright.assistant.internal.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class AnalysisPeriodTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    private static final LocalDate TOMORROW = TODAY.plusDays(1);

    private static AnalysisPeriod of(String question) {
        return AnalysisPeriod.of(question, TODAY, 12);
    }

    @Test
    void withoutAPeriodTheDefaultMonthsUpToToday() {
        assertThat(of("¿Cuál es el MTBF de la bomba P-101?"))
                .isEqualTo(new AnalysisPeriod(LocalDate.of(2025, 11, 23), TOMORROW, false));
        assertThat(AnalysisPeriod.of(null, TODAY, 3).from()).isEqualTo(LocalDate.of(2026, 8, 23));
    }

    @Test
    void lastNUnitsInEnglishAndSpanish() {
        assertThat(of("MTTR over the last 90 days"))
                .isEqualTo(new AnalysisPeriod(TOMORROW.minusDays(90), TOMORROW, true));
        assertThat(of("fallas de los últimos 3 meses").from()).isEqualTo(LocalDate.of(2026, 8, 23));
        assertThat(of("ULTIMAS 2 SEMANAS").from()).isEqualTo(TOMORROW.minusWeeks(2));
        assertThat(of("past 2 years").from()).isEqualTo(LocalDate.of(2024, 11, 23));
        assertThat(of("los últimos 30 días").from()).isEqualTo(TOMORROW.minusDays(30));
    }

    @Test
    void oneUnitBack() {
        assertThat(of("¿cómo le fue en el último mes?").from()).isEqualTo(LocalDate.of(2026, 10, 23));
        assertThat(of("failures last week").from()).isEqualTo(TOMORROW.minusWeeks(1));
        assertThat(of("el mes pasado").from()).isEqualTo(LocalDate.of(2026, 10, 23));
    }

    @Test
    void calendarYearsAndThisMonthOrYear() {
        assertThat(of("disponibilidad en 2025"))
                .isEqualTo(new AnalysisPeriod(LocalDate.of(2025, 1, 1), LocalDate.of(2026, 1, 1), true));
        assertThat(of("availability in 2026").to()).as("never after today").isEqualTo(TOMORROW);
        assertThat(of("costo del año pasado"))
                .isEqualTo(new AnalysisPeriod(LocalDate.of(2025, 1, 1), LocalDate.of(2026, 1, 1), true));
        assertThat(of("este año").from()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(of("this month").from()).isEqualTo(LocalDate.of(2026, 11, 1));
    }

    @Test
    void numbersThatAreNotYearsOrPeriodsAreIgnored() {
        assertThat(of("estado de la OT-2026-0042").named()).isFalse();
        assertThat(of("repuesto 2035 para la bomba").named())
                .as("a future year")
                .isFalse();
        assertThat(of("last 0 days").named()).isFalse();
    }

    @Test
    void periodsAreAtMostFiveYears() {
        assertThat(of("last 40 years").from()).isEqualTo(TOMORROW.minusYears(5));
        assertThat(of("last 9999 days").from()).isEqualTo(TOMORROW.minusYears(5));
    }
}
