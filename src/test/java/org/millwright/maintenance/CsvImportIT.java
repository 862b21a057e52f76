package org.millwright.maintenance;

import org.millwright.support.IntegrationTest;

class CsvImportIT extends IntegrationTest implements CsvImportContract {}
