package com.tradesense;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** The module structure holds (no cycles, no reaching into another module's internals) and its docs are current. */
class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(TradeSenseApplication.class);

    @Test
    void modulesRespectTheirBoundaries() {
        modules.verify();
    }

    @Test
    void writesModuleDocumentation() {
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder("docs/modules"))
                .writeDocumentation()
                .writeModuleCanvases();
    }
}
