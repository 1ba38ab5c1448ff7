package com.loopin;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

class ModularityTests {

    @Test
    void modulesHaveNoCyclesAndOnlyUseEachOthersPublicApi() {
        ApplicationModules.of(LoopinApplication.class).verify();
    }
}
