package org.millwright.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IngestOptionsTest {

    private static IngestOptions parse(Map<String, String> env, String... args) throws UsageException {
        return IngestOptions.parse(List.of(args), env);
    }

    private static String refused(Map<String, String> env, String... args) {
        return catchThrowableOfType(UsageException.class, () -> parse(env, args))
                .getMessage();
    }

    @Test
    void everyOptionIsReadInBothSpellings() throws UsageException {
        IngestOptions o = parse(
                Map.of(),
                "./manuals",
                "--url=https://mw.plant.example:8443/",
                "--api-key",
                "mw_key",
                "--tenant",
                "acme",
                "--site=P1",
                "--asset-type",
                "PUMP",
                "--language=es",
                "--recursive",
                "--timeout",
                "5",
                "--dry-run");

        assertThat(o.folder()).isEqualTo(Path.of("./manuals"));
        assertThat(o.url()).isEqualTo("https://mw.plant.example:8443");
        assertThat(o.apiKey()).isEqualTo("mw_key");
        assertThat(o.tenant()).isEqualTo("acme");
        assertThat(o.site()).isEqualTo("P1");
        assertThat(o.assetType()).isEqualTo("PUMP");
        assertThat(o.language()).isEqualTo("es");
        assertThat(o.recursive()).isTrue();
        assertThat(o.dryRun()).isTrue();
        assertThat(o.timeout()).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void theKeyAndUrlComeFromTheEnvironmentWhenNotGiven() throws UsageException {
        IngestOptions fromEnv =
                parse(Map.of("MILLWRIGHT_API_KEY", "mw_env", "MILLWRIGHT_URL", "http://mw:9090"), "docs");
        IngestOptions defaults = parse(Map.of("MILLWRIGHT_API_KEY", "mw_env"), "docs");
        IngestOptions given = parse(Map.of("MILLWRIGHT_API_KEY", "mw_env"), "docs", "--api-key", "mw_arg");

        assertThat(fromEnv.apiKey()).isEqualTo("mw_env");
        assertThat(fromEnv.url()).isEqualTo("http://mw:9090");
        assertThat(defaults.url()).isEqualTo("http://localhost:8080");
        assertThat(defaults.recursive()).isFalse();
        assertThat(defaults.timeout()).isEqualTo(Duration.ofMinutes(60));
        assertThat(given.apiKey()).isEqualTo("mw_arg");
    }

    @Test
    void aDryRunNeedsNoKeyAndHelpNeedsNothing() throws UsageException {
        assertThat(parse(Map.of(), "docs", "--dry-run").apiKey()).isNull();
        assertThat(parse(Map.of(), "--help").help()).isTrue();
        assertThat(parse(Map.of(), "-h").help()).isTrue();
    }

    @Test
    void wrongArgumentsAreRefusedWithTheReason() {
        Map<String, String> key = Map.of("MILLWRIGHT_API_KEY", "mw_env");

        assertThat(refused(key)).contains("name the folder");
        assertThat(refused(key, "a", "b")).contains("only one folder");
        assertThat(refused(Map.of(), "docs")).contains("--api-key", "MILLWRIGHT_API_KEY");
        assertThat(refused(key, "docs", "--colour")).contains("unknown option --colour");
        assertThat(refused(key, "docs", "--language", "fr")).contains("es or en");
        assertThat(refused(key, "docs", "--tenant")).contains("--tenant needs a value");
        assertThat(refused(key, "docs", "--site=")).contains("--site needs a value");
        assertThat(refused(key, "docs", "--recursive=yes")).contains("takes no value");
        assertThat(refused(key, "docs", "--timeout", "soon")).contains("minutes");
        assertThat(refused(key, "docs", "--timeout", "0")).contains("minutes");
        assertThat(refused(key, "docs", "--url", "localhost:8080")).contains("http://");
    }
}
