package io.tandem.survey.reliability;

import io.tandem.survey.definition.Limits;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.tandem.survey.psychometrics.ItemStatistics;
import io.tandem.survey.psychometrics.ScalePsychometrics;
import io.tandem.survey.psychometrics.ScaleReliability;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.ArrayList;
import java.util.List;

@Schema(name = "PsychometricsReport", description = "Internal consistency of each scale, from the tenant's submitted responses.")
public record ReliabilityReport(
        @Schema(maxLength = Limits.KEY_LENGTH) String instrumentKey,
        int version,
        @Schema(description = "Submitted responses to this version in the tenant.") int responses,
        @Schema(description = "How missing answers are handled.", maxLength = 500) String missingDataRule,
        @Schema(example = "0.95") double confidenceLevel,
        @Schema(description = "McDonald's omega is not reported: the reference (psych::omega) estimates omega total from a "
                + "Schmid-Leiman bifactor solution that this service does not fit, and a different model would not agree with it.", maxLength = 500)
        String omega,
        @Schema(maxItems = Limits.MAX_SCALES) List<ScaleReport> scales) {

    public enum Status {
        @JsonProperty("computed") COMPUTED,
        @JsonProperty("too-few-items") TOO_FEW_ITEMS,
        @JsonProperty("too-few-responses") TOO_FEW_RESPONSES,
        @JsonProperty("no-variance") NO_VARIANCE
    }

    @Schema(name = "ScalePsychometrics", description = "Figures are absent unless status is computed; note then says why.")
    public record ScaleReport(@Schema(maxLength = Limits.KEY_LENGTH) String key, Status status,
                              @Schema(nullable = true, maxLength = 500) String note,
                              @Schema(description = "Complete cases used.") int n,
                              int itemCount,
                              @Schema(nullable = true, description = "Cronbach's raw alpha.") Double alpha,
                              @Schema(nullable = true) Double standardizedAlpha,
                              @Schema(nullable = true, description = "Feldt interval of raw alpha.") Double alphaLower,
                              @Schema(nullable = true) Double alphaUpper,
                              @Schema(nullable = true) Double averageInterItemCorrelation,
                              @Schema(maxItems = Limits.MAX_SCALE_ITEMS) List<ItemReport> items) {
    }

    @Schema(name = "ItemPsychometrics")
    public record ItemReport(@Schema(maxLength = Limits.LINK_ID_LENGTH) String linkId, boolean reversed, @Schema(nullable = true) Double mean, @Schema(nullable = true) Double sd,
                             @Schema(nullable = true, description = "Correlation with the sum of the other items (r.drop).") Double correctedItemTotal,
                             @Schema(nullable = true) Double alphaIfDeleted,
                             @Schema(nullable = true) Double standardizedAlphaIfDeleted) {
    }

    static ScaleReport scale(ScalePsychometrics p) {
        ScaleReliability r = p.reliability();
        List<ItemReport> items = new ArrayList<>();
        for (int i = 0; i < p.items().size(); i++) {
            String linkId = p.items().get(i);
            ItemStatistics s = r == null ? null : r.itemStatistics().get(i);
            items.add(new ItemReport(linkId, p.reversed().contains(linkId), s == null ? null : finite(s.mean()),
                    s == null ? null : finite(s.sd()), s == null ? null : finite(s.correctedItemTotal()),
                    s == null ? null : finite(s.alphaIfDeleted()), s == null ? null : finite(s.standardizedAlphaIfDeleted())));
        }
        Status status = Status.valueOf(p.status().name());
        return r == null
                ? new ScaleReport(p.key(), status, p.note(), p.completeCases(), p.items().size(), null, null, null, null, null, items)
                : new ScaleReport(p.key(), status, null, r.n(), r.items(), r.alpha(), r.standardizedAlpha(), r.alphaLower(),
                r.alphaUpper(), finite(r.averageInterItemCorrelation()), items);
    }

    private static Double finite(double value) {
        return Double.isFinite(value) ? value : null;
    }
}
