package org.millwright.maintenance.internal.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class PlantTimesTest {

    private static final ZoneId SANTIAGO = ZoneId.of("America/Santiago");

    @Test
    void datesAndTimesWithoutOffsetAreReadInThePlantsZone() {
        assertThat(PlantTimes.parse("2025-03-14", SANTIAGO)).isEqualTo(Instant.parse("2025-03-14T03:00:00Z"));
        assertThat(PlantTimes.parse("2025-03-14T08:30", SANTIAGO)).isEqualTo(Instant.parse("2025-03-14T11:30:00Z"));
        assertThat(PlantTimes.parse("2025-03-14 08:30:15", SANTIAGO)).isEqualTo(Instant.parse("2025-03-14T11:30:15Z"));
    }

    @Test
    void anOffsetWins() {
        assertThat(PlantTimes.parse("2025-03-14T08:30Z", SANTIAGO)).isEqualTo(Instant.parse("2025-03-14T08:30:00Z"));
        assertThat(PlantTimes.parse("2025-03-14T08:30:00-05:00", SANTIAGO))
                .isEqualTo(Instant.parse("2025-03-14T13:30:00Z"));
    }

    @Test
    void aDateAsAnEndMeansTheWholeDay() {
        assertThat(PlantTimes.parseEnd("2025-03-14", SANTIAGO)).isEqualTo(Instant.parse("2025-03-15T03:00:00Z"));
        assertThat(PlantTimes.parseEnd("2025-03-14T10:00", SANTIAGO)).isEqualTo(Instant.parse("2025-03-14T13:00:00Z"));
    }

    @Test
    void formatWritesPlantTimeThatParsesBack() {
        Instant t = Instant.parse("2025-07-01T12:45:00Z");
        assertThat(PlantTimes.format(t, SANTIAGO)).isEqualTo("2025-07-01T08:45");
        assertThat(PlantTimes.parse(PlantTimes.format(t, SANTIAGO), SANTIAGO)).isEqualTo(t);
    }

    @Test
    void otherShapesAreRefused() {
        for (String bad : new String[] {"14/03/2025", "2025-3-14", "20250314", "2025-03-14T25:00", "yesterday"}) {
            assertThatThrownBy(() -> PlantTimes.parse(bad, SANTIAGO)).as(bad).isInstanceOf(DateTimeException.class);
        }
    }
}
