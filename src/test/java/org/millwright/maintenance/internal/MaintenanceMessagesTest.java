package org.millwright.maintenance.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** Every message of the maintenance module exists in English and in Spanish. */
class MaintenanceMessagesTest {

    @Test
    void englishAndSpanishHaveTheSameKeys() throws IOException {
        Properties english = load("messages/maintenance.properties");
        Properties spanish = load("messages/maintenance_es.properties");
        assertThat(spanish.stringPropertyNames()).isEqualTo(english.stringPropertyNames());
        assertThat(english.stringPropertyNames()).contains("import.required", "error.import-rejected");
    }

    private static Properties load(String resource) throws IOException {
        Properties p = new Properties();
        try (var in = MaintenanceMessagesTest.class.getClassLoader().getResourceAsStream(resource)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
