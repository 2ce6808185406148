package io.tandem.matching;

import io.tandem.matching.fairness.FairnessReport;
import io.tandem.matching.fairness.ScoreDistribution;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class FairnessReportTest {

    @Test
    void quantilesFollowRsDefaultType7() {
        // R: quantile(c(100, 200, 400, 800), c(.25, .5, .75)) gives 175, 300, 500
        ScoreDistribution d = ScoreDistribution.of(5, new int[] {800, 100, 400, 200});
        assertThat(d.p25()).isEqualTo(175.0);
        assertThat(d.median()).isEqualTo(300.0);
        assertThat(d.p75()).isEqualTo(500.0);
        assertThat(d.mean()).isEqualTo(375.0);
        assertThat(d.matchRate()).isCloseTo(0.8, within(1e-12));
        assertThat(d.min()).isEqualTo(100);
        assertThat(d.max()).isEqualTo(800);
    }

    @Test
    void smallGroupsAreSuppressed() {
        List<FairnessReport.Mentee> mentees = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            mentees.add(new FairnessReport.Mentee(500 + i, Map.of("gender", "woman")));
        }
        for (int i = 0; i < 3; i++) {
            mentees.add(new FairnessReport.Mentee(i == 0 ? null : 400, Map.of("gender", "man")));
        }
        FairnessReport.Report report = FairnessReport.of(mentees, null);
        assertThat(report.overall().people()).isEqualTo(9);
        assertThat(report.overall().matched()).isEqualTo(8);
        assertThat(report.groups()).hasSize(2);
        FairnessReport.Group men = report.groups().get(0);
        assertThat(men.value()).isEqualTo("man");
        assertThat(men.distribution()).isNull();
        assertThat(men.people()).isNull();
        assertThat(men.note()).contains("fewer than 5");
        assertThat(report.groups().get(1).distribution().median()).isEqualTo(502.5);
    }

    @Test
    void aDeploymentMayRaiseTheSmallestGroupShown() {
        List<FairnessReport.Mentee> mentees = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            mentees.add(new FairnessReport.Mentee(500 + i, Map.of("gender", "woman")));
        }
        FairnessReport.Report report = FairnessReport.of(mentees, "gender", 7);
        assertThat(report.minGroupSize()).isEqualTo(7);
        assertThat(report.groups().get(0).distribution()).isNull();
        assertThat(report.groups().get(0).note()).contains("fewer than 7");
        assertThat(FairnessReport.of(mentees, "gender", 6).groups().get(0).distribution().people()).isEqualTo(6);
    }
}
