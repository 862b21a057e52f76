package org.millwright.maintenance.internal.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class FailureCatalogueTest {

    private final FailureCatalogue catalogue = new FailureCatalogue();

    @Test
    void theDefaultModesUseIso14224Codes() {
        assertThat(catalogue.of(FailureKind.MODE).stream().map(FailureCatalogue.Entry::code))
                .contains("ELP", "VIB", "OHE", "FTS", "BRD", "NOI", "ERO", "LOO", "HIO", "PDE", "UST");
        assertThat(catalogue.find(FailureKind.MODE, "VIB").orElseThrow().nameEs())
                .isEqualTo("Vibración");
    }

    @Test
    void causesAndRemediesCoverTheUsualOnes() {
        assertThat(catalogue.of(FailureKind.CAUSE).stream().map(FailureCatalogue.Entry::nameEn))
                .contains("Wear", "Fatigue", "Corrosion", "Misalignment", "Contamination", "Operating error");
        assertThat(catalogue.of(FailureKind.REMEDY).stream().map(FailureCatalogue.Entry::nameEn))
                .contains("Replace", "Repair", "Adjust", "Clean", "Lubricate", "Modify", "Inspect");
    }

    @Test
    void everyCodeHasBothNamesAndFitsTheColumn() {
        for (FailureKind kind : FailureKind.values()) {
            assertThat(catalogue.of(kind)).isNotEmpty().allSatisfy(e -> {
                assertThat(e.code()).matches("[A-Z0-9]{2,20}");
                assertThat(e.nameEn()).isNotBlank().hasSizeLessThanOrEqualTo(120);
                assertThat(e.nameEs()).isNotBlank().hasSizeLessThanOrEqualTo(120);
            });
        }
    }

    @Test
    void aCodeIsListedOncePerKind() throws Exception {
        List<FailureCatalogue.Entry> twice = FailureCatalogue.parse(
                new BufferedReader(new StringReader("mode\tVIB\tVibration\tVibración\nmode\tVIB\tx\ty\n")));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new FailureCatalogue(twice))
                .isInstanceOf(IllegalStateException.class);
    }
}
