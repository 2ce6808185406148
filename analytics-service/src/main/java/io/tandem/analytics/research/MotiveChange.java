package io.tandem.analytics.research;

import io.tandem.analytics.report.Cells;
import io.tandem.analytics.statistics.Adjustment;
import io.tandem.support.disclosure.Suppression;
import org.apache.commons.statistics.distribution.TDistribution;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Motive change: mentors who answered the motive instrument more than once, their first against their
 * latest answer. Per subscale the mean change with its paired t interval (t on n − 1 df), Holm over the
 * subscales; and how many mentors moved from each orientation label to each other.
 */
@Schema(name = "MotiveChange")
public record MotiveChange(UUID programmeId, int minGroupSize, @Schema(maxLength = 63) String instrument, @Schema(nullable = true) Integer mentors,
                           @Schema(maxItems = 20) List<Change> subscales, @Schema(maxItems = 20) List<Cells.Count> labelTransitions,
                           @Schema(maxLength = 40) String adjustment, @Schema(maxLength = 200) String method,
                           @Schema(nullable = true, maxLength = 200) String note) {

    static final String METHOD = "paired mean change (latest − first) with t interval";

    @Schema(name = "SubscaleChange")
    public record Change(@Schema(maxLength = 63) String subscale, @Schema(nullable = true) Integer n, @Schema(nullable = true) Double meanChange,
                         @Schema(nullable = true) Double sd, @Schema(nullable = true) Double low, @Schema(nullable = true) Double high,
                         @Schema(nullable = true) Double p, @Schema(nullable = true) Double pAdjusted,
                         @Schema(nullable = true, maxLength = 200) String note) {
    }

    static Change change(String subscale, double[] differences, int minimum) {
        int n = differences.length;
        if (n < Math.max(minimum, 2)) {
            return new Change(subscale, null, null, null, null, null, null, null, String.format(Suppression.TOO_SMALL, Math.max(minimum, 2)));
        }
        Figures.Mean m = Figures.mean(differences);
        double p = Double.NaN;
        if (m.sd() > 0) {
            double t = m.mean() / (m.sd() / Math.sqrt(n));
            p = 2 * TDistribution.of(n - 1).survivalProbability(Math.abs(t));
        } else {
            p = m.mean() == 0 ? 1 : 0;
        }
        return new Change(subscale, n, m.mean(), m.sd(), m.low(), m.high(), p, null, null);
    }

    static MotiveChange of(UUID programmeId, int minimum, String instrument, int mentors, List<Change> changes, Map<String, Integer> transitions) {
        if (mentors < minimum) {
            return new MotiveChange(programmeId, minimum, instrument, null, List.of(), List.of(), Adjustment.HOLM.label(), METHOD,
                    String.format(Suppression.TOO_SMALL, minimum));
        }
        double[] p = changes.stream().mapToDouble(c -> c.p() == null ? Double.NaN : c.p()).toArray();
        double[] adjusted = Adjustment.HOLM.adjust(p);
        List<Change> out = new ArrayList<>();
        for (int i = 0; i < changes.size(); i++) {
            Change c = changes.get(i);
            out.add(new Change(c.subscale(), c.n(), c.meanChange(), c.sd(), c.low(), c.high(), c.p(), Double.isNaN(adjusted[i]) ? null : adjusted[i],
                    c.note()));
        }
        return new MotiveChange(programmeId, minimum, instrument, mentors, out, Cells.counts(transitions, minimum), Adjustment.HOLM.label(), METHOD,
                null);
    }
}
