package org.millwright.maintenance.internal.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CsvExportOrderTest {

    @Test
    void everyAssetComesAfterItsParentAndSiblingsKeepTheirOrder() {
        UUID pump = UUID.randomUUID();
        UUID motor = UUID.randomUUID();
        UUID bearing = UUID.randomUUID();
        UUID fan = UUID.randomUUID();
        // by code: A-BEARING (child of MOTOR), B-FAN, C-MOTOR (child of PUMP), D-PUMP
        var rows = List.of(
                asset(bearing, motor, "A-BEARING"),
                asset(fan, null, "B-FAN"),
                asset(motor, pump, "C-MOTOR"),
                asset(pump, null, "D-PUMP"));
        assertThat(CsvExports.parentsFirst(rows).stream().map(a -> a.values()[0]))
                .containsExactly("B-FAN", "D-PUMP", "C-MOTOR", "A-BEARING");
    }

    @Test
    void aParentOutsideTheExportMakesARoot() {
        var rows = List.of(asset(UUID.randomUUID(), UUID.randomUUID(), "X"));
        assertThat(CsvExports.parentsFirst(rows)).hasSize(1);
    }

    private static CsvExports.ExportedAsset asset(UUID id, UUID parent, String code) {
        return new CsvExports.ExportedAsset(id, parent, new Object[] {code});
    }
}
