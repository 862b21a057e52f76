package org.millwright;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** Module boundaries hold, and the module documentation is written to target/spring-modulith-docs. */
class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(MillwrightApplication.class);

    @Test
    void boundariesHold() {
        modules.verify();
    }

    @Test
    void designModulesExist() {
        assertThat(modules.stream().map(m -> m.getIdentifier().toString())).contains("platform", "maintenance");
    }

    @Test
    void writesDocumentation() {
        new Documenter(modules).writeDocumentation();
    }
}
