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
    void theCommandLineIsAModuleThatDependsOnNoOther() {
        var cli = modules.getModuleByName("cli").orElseThrow();

        assertThat(cli.getDirectDependencies(modules).isEmpty()).isTrue();
        assertThat(modules.stream().filter(m -> m != cli))
                .allSatisfy(m -> assertThat(m.getDirectDependencies(modules).containsModuleNamed("cli"))
                        .isFalse());
    }

    @Test
    void writesDocumentation() {
        new Documenter(modules).writeDocumentation();
    }
}
