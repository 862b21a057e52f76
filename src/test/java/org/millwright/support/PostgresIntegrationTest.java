package org.millwright.support;

import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the full-application tests on PostgreSQL with the production profile: the same tests
 * as on H2, run once per database.
 */
@ActiveProfiles("postgres")
public abstract class PostgresIntegrationTest extends IntegrationTest {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresDatabase.Connection pg = PostgresDatabase.get();
        registry.add("spring.datasource.url", pg::url);
        registry.add("spring.datasource.username", pg::user);
        registry.add("spring.datasource.password", pg::password);
        // At JVM exit the embedded server may stop before this context closes; fail fast then.
        registry.add("spring.datasource.hikari.connection-timeout", () -> "2000");
    }
}
