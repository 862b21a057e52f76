package org.millwright.assistant;

import org.millwright.support.IntegrationTest;
import org.springframework.context.annotation.Import;

@Import(TestAnsweredTurns.Config.class)
class FeedbackIT extends IntegrationTest implements FeedbackContract {}
