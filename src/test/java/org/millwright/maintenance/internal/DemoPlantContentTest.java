package org.millwright.maintenance.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.millwright.maintenance.AssetStatus;
import org.millwright.maintenance.AssetType;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/** The bundled demo plant, read through the loader's own parsing code, is complete and consistent. */
class DemoPlantContentTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static DemoPlant plant;
    private static List<DemoPlant.Machine> machines;

    @BeforeAll
    static void read() {
        plant = DemoPlant.read(JSON);
        machines = plant.sites().stream().flatMap(s -> s.assets().stream()).toList();
    }

    @Test
    void namesAFictionalCompanyWithTwoPlantsInValidZones() {
        assertThat(plant.company()).isNotBlank().isNotEqualTo("Millwright");
        assertThat(plant.sites()).hasSize(2);
        assertThat(plant.sites())
                .extracting(DemoPlant.Plant::timeZone)
                .allSatisfy(zone -> assertThat(ZoneId.of(zone)).isNotNull())
                .containsExactlyInAnyOrder("America/Santiago", "America/Bogota");
        assertThat(plant.sites())
                .extracting(DemoPlant.Plant::code)
                .doesNotHaveDuplicates()
                .allMatch(code -> code.matches("[A-Z0-9_-]{1,40}"));
        assertThat(plant.sites()).allSatisfy(site -> assertThat(site.areas()).hasSizeBetween(2, 3));
    }

    @Test
    void holdsEnoughMachinesOfTheMainTypes() {
        assertThat(machines).hasSizeGreaterThanOrEqualTo(12);
        assertThat(machines)
                .extracting(DemoPlant.Machine::type)
                .allMatch(type -> AssetType.builtIn(type)
                        .map(AssetType::wire)
                        .filter(type::equals)
                        .isPresent())
                .contains(
                        AssetType.PUMP.wire(),
                        AssetType.COMPRESSOR.wire(),
                        AssetType.CONVEYOR.wire(),
                        AssetType.MOTOR.wire(),
                        AssetType.PACKAGING_MACHINE.wire());
        assertThat(machines)
                .extracting(DemoPlant.Machine::status)
                .contains(AssetStatus.OPERATIONAL, AssetStatus.IN_MAINTENANCE, AssetStatus.DOWN);
    }

    @Test
    void codesAreUniqueAndValid() {
        assertThat(machines)
                .extracting(DemoPlant.Machine::code)
                .doesNotHaveDuplicates()
                .allMatch(code -> code.matches("[A-Z0-9._-]{1,40}"));
        assertThat(plant.sites())
                .allSatisfy(site -> assertThat(site.areas())
                        .extracting(DemoPlant.PlantArea::code)
                        .doesNotHaveDuplicates()
                        .allMatch(code -> code.matches("[A-Z0-9._-]{1,40}")));
    }

    @Test
    void everyAreaAndParentResolvesWithinItsPlant() {
        for (DemoPlant.Plant site : plant.sites()) {
            Set<String> areaCodes =
                    site.areas().stream().map(DemoPlant.PlantArea::code).collect(Collectors.toSet());
            Set<String> earlier = new HashSet<>();
            for (DemoPlant.Machine machine : site.assets()) {
                assertThat(machine.area()).as("area of %s", machine.code()).isIn(areaCodes);
                if (machine.parent() != null) {
                    assertThat(machine.parent())
                            .as("parent of %s, listed before it", machine.code())
                            .isIn(earlier);
                }
                earlier.add(machine.code());
            }
        }
        assertThat(machines).filteredOn(m -> m.parent() != null).isNotEmpty();
    }

    @Test
    void fieldsFitTheApiLimits() {
        assertThat(machines).allSatisfy(m -> {
            assertThat(m.name()).isNotBlank().hasSizeLessThanOrEqualTo(200);
            assertThat(List.of(m.manufacturer(), m.model(), m.serialNumber()))
                    .allSatisfy(text -> assertThat(text).isNotBlank().hasSizeLessThanOrEqualTo(120));
            assertThat(m.description()).isNotBlank().hasSizeLessThanOrEqualTo(2000);
            assertThat(m.installDate()).isBefore(LocalDate.now());
            assertThat(m.criticality()).isNotNull();
            if (m.location() != null) {
                assertThat(m.location()).isNotBlank().hasSizeLessThanOrEqualTo(300);
            }
        });
        assertThat(plant.sites()).allSatisfy(s -> assertThat(s.address()).hasSizeLessThanOrEqualTo(300));
    }

    @Test
    void parsingRejectsUnknownFieldsAndTypes() {
        String unknownField = """
                {"company": "X", "sites": [], "colour": "red"}""";
        String unknownType = """
                {"company": "X", "sites": [{"code": "S", "name": "S", "timeZone": "UTC",
                  "assets": [{"code": "A", "name": "A", "type": "rocket", "criticality": "A"}]}]}""";
        assertThatThrownBy(() -> parse(unknownField)).isInstanceOf(JacksonException.class);
        assertThatThrownBy(() -> parse(unknownType)).isInstanceOf(JacksonException.class);
        assertThat(parse("{\"company\": \"X\", \"sites\": []}").company()).isEqualTo("X");
    }

    private static DemoPlant parse(String text) {
        return DemoPlant.read(JSON, new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }
}
