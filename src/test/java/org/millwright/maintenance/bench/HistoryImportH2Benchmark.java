package org.millwright.maintenance.bench;

import org.junit.jupiter.api.Tag;
import org.millwright.support.IntegrationTest;
import org.springframework.test.context.TestPropertySource;

@Tag("benchmark")
@TestPropertySource(
        properties = {
            "millwright.maintenance.imports.max-file-size=50MB",
            "millwright.maintenance.imports.max-rows=200000"
        })
class HistoryImportH2Benchmark extends IntegrationTest implements HistoryImportBench {

    @Override
    public String database() {
        return "H2 (embedded file)";
    }
}
