package org.millwright.maintenance;

import org.millwright.support.PostgresIntegrationTest;

class CsvImportPostgresIT extends PostgresIntegrationTest implements CsvImportContract {}
