package io.tandem.survey;

import io.tandem.testsupport.ArchitectureRules;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

    @Test
    void algorithmsArePlainJavaFeaturesHaveNoCyclesAndClientsArePrivate() {
        ArchitectureRules.check("io.tandem.survey", "psychometrics", "rules", "scoring");
    }
}
