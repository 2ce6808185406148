package io.tandem.analytics;

import io.tandem.testsupport.ArchitectureRules;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

    @Test
    void featuresHaveNoCyclesAndClientsArePrivate() {
        ArchitectureRules.check("io.tandem.analytics", "statistics", "charts");
    }
}
