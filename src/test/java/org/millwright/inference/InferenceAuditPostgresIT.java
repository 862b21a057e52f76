package org.millwright.inference;

import org.millwright.support.PostgresIntegrationTest;

class InferenceAuditPostgresIT extends PostgresIntegrationTest implements InferenceAuditContract {}
