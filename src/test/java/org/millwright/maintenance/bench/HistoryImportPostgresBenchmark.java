package org.millwright.maintenance.bench;

import org.junit.jupiter.api.Tag;
import org.millwright.support.PostgresIntegrationTest;
import org.springframework.test.context.TestPropertySource;

@Tag("benchmark")
@TestPropertySource(
        properties = {
            "millwright.maintenance.imports.max-file-size=50MB",
            "millwright.maintenance.imports.max-rows=200000"
        })
class HistoryImportPostgresBenchmark extends PostgresIntegrationTest implements HistoryImportBench {

    @Override
    public String database() {
        return "PostgreSQL 18 (embedded)";
    }
}
