package org.millwright.assistant;

import org.millwright.support.PostgresIntegrationTest;
import org.springframework.context.annotation.Import;

@Import(TestAnsweredTurns.Config.class)
class FeedbackPostgresIT extends PostgresIntegrationTest implements FeedbackContract {}
