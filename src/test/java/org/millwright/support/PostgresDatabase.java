package org.millwright.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The PostgreSQL server the contract tests run against: the one named by
 * {@code MILLWRIGHT_TEST_PG_URL} (with {@code MILLWRIGHT_TEST_PG_USER} and
 * {@code MILLWRIGHT_TEST_PG_PASSWORD}) when set, else an embedded PostgreSQL started once per JVM.
 */
public final class PostgresDatabase {

    private static Connection connection;

    private PostgresDatabase() {}

    public static synchronized Connection get() {
        if (connection == null) {
            connection = start();
        }
        return connection;
    }

    private static Connection start() {
        String external = System.getenv("MILLWRIGHT_TEST_PG_URL");
        if (external != null && !external.isBlank()) {
            return new Connection(
                    external, env("MILLWRIGHT_TEST_PG_USER", "postgres"), env("MILLWRIGHT_TEST_PG_PASSWORD", ""));
        }
        try {
            EmbeddedPostgres pg = EmbeddedPostgres.builder().start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> close(pg)));
            return new Connection(pg.getJdbcUrl("postgres", "postgres"), "postgres", "postgres");
        } catch (IOException e) {
            throw new UncheckedIOException("Embedded PostgreSQL did not start", e);
        }
    }

    private static void close(EmbeddedPostgres pg) {
        try {
            pg.close();
        } catch (IOException e) {
            // the JVM is exiting; nothing left to do
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null ? fallback : value;
    }

    /** How to reach the server. */
    public record Connection(String url, String user, String password) {}
}
