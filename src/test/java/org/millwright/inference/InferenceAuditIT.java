package org.millwright.inference;

import org.millwright.support.IntegrationTest;

class InferenceAuditIT extends IntegrationTest implements InferenceAuditContract {}
