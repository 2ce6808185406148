package io.tandem.survey.reliability;

import io.tandem.survey.definition.Limits;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.tandem.survey.assignment.AssignmentRequest;
import io.tandem.survey.assignment.RespondentRole;
import io.tandem.survey.response.Perspective;
import io.tandem.survey.response.SubmittedResponses;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.UUID;
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
        @Schema(description = "Submitted responses to this version in the tenant that pass the filters.") int responses,
        MissingDataRule missingData,
        @Schema(description = "How missing answers are handled, in words.", maxLength = 500) String missingDataRule,
        @Schema(description = "The filters applied; pooling waves of the same people makes intervals too narrow, so filter by wave.")
        Filters filters,
        @Schema(example = "0.95") double confidenceLevel,
        @Schema(description = "McDonald's omega is not reported: the reference (psych::omega) estimates omega total from a "
                + "Schmid-Leiman bifactor solution that this service does not fit, and a different model would not agree with it.", maxLength = 500)
        String omega,
        @Schema(maxItems = Limits.MAX_SCALES) List<ScaleReport> scales) {

    @Schema(name = "PsychometricsFilters")
    public record Filters(@Schema(nullable = true) RespondentRole raterRole, @Schema(nullable = true) Perspective perspective,
                          @Schema(nullable = true, maxLength = AssignmentRequest.MAX_WAVE) String wave, @Schema(nullable = true) UUID programmeId,
                          @Schema(nullable = true) Instant from, @Schema(nullable = true) Instant to) {
        static Filters of(SubmittedResponses.Filter f) {
            return new Filters(f.raterRole(), f.perspective(), f.wave(), f.programmeId(), f.from(), f.to());
        }
    }

    public enum Status {
        @JsonProperty("computed") COMPUTED,
        @JsonProperty("too-few-items") TOO_FEW_ITEMS,
        @JsonProperty("too-few-responses") TOO_FEW_RESPONSES,
        @JsonProperty("no-variance") NO_VARIANCE
    }

    @Schema(name = "ScalePsychometrics", description = "Figures are absent unless status is computed; note then says why.")
    public record ScaleReport(@Schema(maxLength = Limits.KEY_LENGTH) String key, Status status,
                              @Schema(nullable = true, maxLength = 500) String note,
                              @Schema(nullable = true, description = "The skip-logic condition that shows this scale's items: the form or "
                                      + "rater it belongs to (e.g. `rater equals protege`); absent when every response sees it.", maxLength = 300)
                              String form,
                              @Schema(description = "Responses in which skip logic showed every item of the scale; the others are not "
                                      + "missing data.") int eligibleResponses,
                              @Schema(description = "Responses the missing-data rule used.") int n,
                              int itemCount,
                              @Schema(nullable = true, description = "Cronbach's raw alpha.") Double alpha,
                              @Schema(nullable = true, description = "Absent when an item is constant.") Double standardizedAlpha,
                              @Schema(nullable = true, description = "Asymptotic standard error of alpha (Duhachek & Iacobucci; psych::alpha's ase).")
                              Double ase,
                              @Schema(nullable = true, description = "Feldt interval of raw alpha.") Double alphaLower,
                              @Schema(nullable = true) Double alphaUpper,
                              @Schema(nullable = true) Double averageInterItemCorrelation,
                              @Schema(maxItems = Limits.MAX_SCALE_ITEMS) List<ItemReport> items,
                              @Schema(maxItems = Limits.MAX_SCALE_ITEMS + 1) List<@Size(max = 500) String> warnings) {
    }

    @Schema(name = "ItemPsychometrics")
    public record ItemReport(@Schema(maxLength = Limits.LINK_ID_LENGTH) String linkId, boolean reversed, @Schema(nullable = true) Double mean, @Schema(nullable = true) Double sd,
                             @Schema(nullable = true, description = "Correlation with the sum of the other items (r.drop).") Double correctedItemTotal,
                             @Schema(nullable = true) Double alphaIfDeleted,
                             @Schema(nullable = true) Double standardizedAlphaIfDeleted,
                             @Schema(description = "Every response gave the same answer.") boolean constant) {
    }

    static ScaleReport scale(ScalePsychometrics p) {
        ScaleReliability r = p.reliability();
        List<ItemReport> items = new ArrayList<>();
        for (int i = 0; i < p.items().size(); i++) {
            String linkId = p.items().get(i);
            ItemStatistics s = r == null ? null : r.itemStatistics().get(i);
            items.add(new ItemReport(linkId, p.reversed().contains(linkId), s == null ? null : finite(s.mean()),
                    s == null ? null : finite(s.sd()), s == null ? null : finite(s.correctedItemTotal()),
                    s == null ? null : finite(s.alphaIfDeleted()), s == null ? null : finite(s.standardizedAlphaIfDeleted()),
                    s != null && s.constant()));
        }
        Status status = Status.valueOf(p.status().name());
        return r == null
                ? new ScaleReport(p.key(), status, p.note(), p.form(), p.eligible(), p.cases(), p.items().size(), null, null, null, null,
                null, null, items, p.warnings())
                : new ScaleReport(p.key(), status, null, p.form(), p.eligible(), r.n(), r.items(), r.alpha(), finite(r.standardizedAlpha()),
                finite(r.ase()), finite(r.alphaLower()), finite(r.alphaUpper()), finite(r.averageInterItemCorrelation()), items, p.warnings());
    }

    private static Double finite(double value) {
        return Double.isFinite(value) ? value : null;
    }
}
