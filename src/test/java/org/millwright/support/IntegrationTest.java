package org.millwright.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the full-application tests on the embedded default (an H2 file database in a fresh data
 * directory), through real HTTP. Subclasses with the same configuration share one running server.
 * Its accessors satisfy the contract interfaces, so a contract runs on a database by one line:
 * {@code class XIT extends IntegrationTest implements XContract {}}.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "millwright.bootstrap.admin-api-key=" + IntegrationTest.ADMIN_KEY,
            "millwright.bootstrap.admin-email=" + IntegrationTest.ADMIN_EMAIL,
            "millwright.bootstrap.admin-password=" + IntegrationTest.ADMIN_PASSWORD,
            "millwright.rate-limit.anonymous-per-minute=100000",
            "millwright.rate-limit.per-principal-per-minute=100000",
            "millwright.rate-limit.per-tenant-per-minute=100000",
            "millwright.maintenance.public-requests.per-minute=100000",
            "millwright.knowledge.max-file-size=2MB",
            "millwright.knowledge.max-image-size=1MB",
            "millwright.maintenance.work-orders.max-attachment-size=1MB",
            "millwright.maintenance.work-orders.max-checklist-items=5",
            "millwright.maintenance.imports.max-file-size=1MB",
            "millwright.maintenance.imports.max-rows=3000",
            "millwright.inference.usage.prices[0].model=test-priced",
            "millwright.inference.usage.prices[0].input-per-million=2.50",
            "millwright.inference.usage.prices[0].output-per-million=10",
            "millwright.inference.chat.detect-local-ollama=false",
            "server.shutdown=immediate",
            "spring.lifecycle.timeout-per-shutdown-phase=5s",
            "logging.level.root=WARN",
            "logging.level.org.millwright=INFO"
        })
public abstract class IntegrationTest {

    public static final String ADMIN_KEY = "it-admin-key-0123456789abcdef";
    public static final String ADMIN_EMAIL = "admin@it.millwright.test";
    public static final String ADMIN_PASSWORD = "it-admin-password-1";

    @LocalServerPort
    protected int port;

    protected Api anonymous;
    protected Api admin;

    /** A fresh data directory per application context; the H2 database lives in it. */
    @DynamicPropertySource
    static void dataDirectory(DynamicPropertyRegistry registry) {
        Path dataDir = newDataDir();
        registry.add("millwright.data-dir", dataDir::toString);
    }

    protected static Path newDataDir() {
        try {
            Path root = Path.of("target", "it-data");
            Files.createDirectories(root);
            return Files.createTempDirectory(root.toAbsolutePath(), "data-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private ApplicationContext context;

    /** The first tenant's platform-admin client (its API key is set at first start). */
    public Api platformAdmin() {
        return admin;
    }

    /** A client without credentials. */
    public Api anonymousClient() {
        return anonymous;
    }

    /** Direct SQL, for tests that check what is stored. */
    public JdbcTemplate jdbc() {
        return jdbc;
    }

    /** A bean of the running server, for tests that disturb internals (e.g. lose an index). */
    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    /** Publishes events in the running server, as its modules do. */
    public ApplicationEventPublisher events() {
        return context;
    }

    @BeforeEach
    void clients() {
        anonymous = new Api(port);
        admin = anonymous.withKey(ADMIN_KEY);
    }
}
