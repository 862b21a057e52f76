package org.millwright.platform.tenancy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TenantServiceTest {

    @Test
    void slugsAreAsciiLowercaseAndBounded() {
        assertThat(TenantService.slugOf("Compañía Minera Ñuble S.A.")).isEqualTo("compania-minera-nuble-s-a");
        assertThat(TenantService.slugOf("  ¡¿  ")).startsWith("tenant-");
        assertThat(TenantService.slugOf("x".repeat(300))).hasSize(60);
    }
}
