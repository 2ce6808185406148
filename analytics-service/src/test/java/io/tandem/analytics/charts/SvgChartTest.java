package io.tandem.analytics.charts;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SvgChartTest {

    @Test
    void barsHaveATitleAxesLabelsTheirNAndHiddenOnesAsMarkedGaps() throws Exception {
        Element svg = SvgDocuments.parse(SvgChart.bars("Phases <&> of \"A\"", "relationships", 10, List.of(new SvgChart.Bar("initiation", 4.0, 4, null),
                new SvgChart.Bar("ended", null, null, "fewer than 5 people; not shown"), new SvgChart.Bar("cultivation", 7.0, 7, null))));
        assertThat(svg.getElementsByTagNameNS(SvgDocuments.SVG_NS, "title").item(0).getTextContent()).isEqualTo("Phases <&> of \"A\"");
        assertThat(SvgDocuments.withClass(svg, "x-axis")).hasSize(1);
        assertThat(SvgDocuments.withClass(svg, "y-axis")).hasSize(1);
        assertThat(SvgDocuments.withClass(svg, "axis-label").get(0).getTextContent()).isEqualTo("relationships");
        assertThat(SvgDocuments.withClass(svg, "x-label")).extracting(Element::getTextContent).containsExactly("initiation", "ended", "cultivation");
        assertThat(SvgDocuments.withClass(svg, "bar")).hasSize(2);
        assertThat(SvgDocuments.withClass(svg, "n")).extracting(Element::getTextContent).containsExactly("n=4", "n=7");
        assertThat(SvgDocuments.withClass(svg, "suppressed")).hasSize(1);
        assertThat(SvgDocuments.withClass(svg, "suppressed").get(0).getTextContent()).contains("fewer than 5 people");
        // a bar's height is its share of the axis: 7 of 10 over a 280-pixel plot
        assertThat(Double.parseDouble(SvgDocuments.withClass(svg, "bar").get(1).getAttribute("height"))).isEqualTo(196.0);
    }

    @Test
    void linesBreakAtHiddenPointsAndNameEachSeries() throws Exception {
        Element svg = SvgDocuments.parse(SvgChart.lines("Quality", "score", 0, 7, List.of("baseline", "check-in-1", "check-in-2"), List.of(
                new SvgChart.Series("mentee", Arrays.asList(5.0, null, 4.0), Arrays.asList(8, null, 6)),
                new SvgChart.Series("mentor", Arrays.asList(6.0, 6.5, 6.2), Arrays.asList(5, 5, 5)))));
        assertThat(SvgDocuments.withClass(svg, "series")).hasSize(3); // the mentee's line is two pieces, the mentor's one
        assertThat(SvgDocuments.withClass(svg, "point")).hasSize(5);
        assertThat(SvgDocuments.withClass(svg, "suppressed")).hasSize(1);
        assertThat(SvgDocuments.withClass(svg, "legend-label")).extracting(Element::getTextContent).containsExactly("mentee", "mentor");
        assertThat(SvgDocuments.withClass(svg, "n")).extracting(Element::getTextContent).contains("n=8", "n=6", "n=5");
    }
}
