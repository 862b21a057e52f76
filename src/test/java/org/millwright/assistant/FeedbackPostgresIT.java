package org.millwright.assistant;

import org.millwright.support.PostgresIntegrationTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

/**
 * The feedback contract on PostgreSQL. Its context (with the test's answered turns) is a second one
 * on the shared database, so its job server stays off: it would otherwise take jobs queued by the
 * other PostgreSQL tests, whose files live in another data folder.
 */
@Import(TestAnsweredTurns.Config.class)
@TestPropertySource(properties = "jobrunr.background-job-server.enabled=false")
class FeedbackPostgresIT extends PostgresIntegrationTest implements FeedbackContract {}
