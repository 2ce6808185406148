package io.tandem.matching;

import io.tandem.matching.fairness.FairnessReport;
import io.tandem.matching.fairness.GroupFigures;
import io.tandem.matching.fairness.WilsonInterval;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class FairnessReportTest {

    @Test
    void quantilesFollowRsDefaultType7AndNoMinimumOrMaximumIsGiven() {
        // R: quantile(c(100, 200, 400, 800), c(.25, .5, .75)) gives 175, 300, 500
        GroupFigures f = GroupFigures.of(5, new int[] {800, 100, 400, 200});
        assertThat(f.scoreP25()).isEqualTo(175.0);
        assertThat(f.scoreMedian()).isEqualTo(300.0);
        assertThat(f.scoreP75()).isEqualTo(500.0);
        assertThat(f.scoreMean()).isEqualTo(375.0);
        assertThat(f.matchRate()).isCloseTo(0.8, within(1e-12));
        assertThat(GroupFigures.class.getRecordComponents()).extracting(c -> c.getName()).doesNotContain("min", "max");
    }

    @Test
    void matchRatesHaveWilsonIntervalsAsRsPropTestWithoutCorrection() {
        // R: prop.test(7, 10, correct = FALSE)$conf.int = 0.3967781 0.8922087
        WilsonInterval seven = WilsonInterval.of(7, 10, WilsonInterval.Z95);
        assertThat(seven.low()).isCloseTo(0.3967781, within(1e-6));
        assertThat(seven.high()).isCloseTo(0.8922087, within(1e-6));
        // R: prop.test(0, 5, correct = FALSE)$conf.int = 0.0000000 0.4344825
        assertThat(WilsonInterval.of(0, 5, WilsonInterval.Z95).high()).isCloseTo(0.4344825, within(1e-6));
        assertThat(WilsonInterval.of(5, 5, WilsonInterval.Z95).low()).isCloseTo(0.5655175, within(1e-6));
    }

    @Test
    void aLoneSmallGroupHidesTheNextSmallestSoNoneCanBeRecoveredFromTheTotal() {
        List<FairnessReport.Mentee> mentees = new ArrayList<>();
        add(mentees, "woman", 8, 500);
        add(mentees, "man", 6, 450);
        add(mentees, "non-binary", 2, 400);
        FairnessReport.Report report = FairnessReport.of(mentees, "gender", 5);
        assertThat(report.overall().people()).isEqualTo(16);
        Map<String, FairnessReport.Group> byValue = new java.util.HashMap<>();
        report.groups().forEach(g -> byValue.put(g.value(), g));
        assertThat(byValue.get("non-binary").figures()).isNull();
        assertThat(byValue.get("non-binary").note()).contains("fewer than 5");
        assertThat(byValue.get("man").figures()).as("next-smallest, hidden as a complement").isNull();
        assertThat(byValue.get("man").note()).contains("worked out");
        assertThat(byValue.get("woman").figures().people()).isEqualTo(8);
    }

    @Test
    void twoSmallGroupsNeedNoComplementAndATooSmallRunShowsNothing() {
        List<FairnessReport.Mentee> mentees = new ArrayList<>();
        add(mentees, "a", 8, 500);
        add(mentees, "b", 6, 450);
        add(mentees, "c", 2, 400);
        add(mentees, "d", 3, 400);
        FairnessReport.Report report = FairnessReport.of(mentees, "group", 5);
        assertThat(report.groups()).filteredOn(g -> g.figures() != null).extracting(FairnessReport.Group::value).containsExactly("a", "b");
        List<FairnessReport.Mentee> few = new ArrayList<>();
        add(few, "a", 4, 500);
        FairnessReport.Report tiny = FairnessReport.of(few, null, 3);
        assertThat(tiny.overall()).isNull();
        assertThat(tiny.minGroupSize()).as("never below five for person counts").isEqualTo(5);
    }

    @Test
    void theTenantMayRaiseTheSmallestGroupShown() {
        List<FairnessReport.Mentee> mentees = new ArrayList<>();
        add(mentees, "woman", 7, 500);
        add(mentees, "man", 7, 500);
        assertThat(FairnessReport.of(mentees, "gender", 8).groups()).allSatisfy(g -> assertThat(g.figures()).isNull());
        assertThat(FairnessReport.of(mentees, "gender", 7).groups()).allSatisfy(g -> assertThat(g.figures().people()).isEqualTo(7));
    }

    private static void add(List<FairnessReport.Mentee> mentees, String value, int count, int score) {
        for (int i = 0; i < count; i++) {
            mentees.add(new FairnessReport.Mentee(value + i, i == 0 ? null : score, Map.of("gender", value, "group", value)));
        }
    }
}
