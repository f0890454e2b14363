package vn.daotao;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/** Feature packages keep their boundaries: no cycles, and nobody reaches into another's internal/. */
class ModularityTests {

    @Test
    void modulesAreWellFormed() {
        ApplicationModules.of(Application.class).verify();
    }
}
