package io.tandem.matching;

import io.tandem.testsupport.ArchitectureRules;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

    @Test
    void algorithmsArePlainJavaFeaturesHaveNoCyclesAndClientsArePrivate() {
        ArchitectureRules.check("io.tandem.matching", "compatibility", "engine", "fairness");
    }
}
