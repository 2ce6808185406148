package io.tandem.survey.response;

import io.tandem.support.api.KeysetQuery;
import io.tandem.support.api.Page;
import io.tandem.survey.assignment.RespondentRole;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Submitted responses as other features read them (scores, psychometrics): values, never the entity. */
@ApplicationScoped
public class SubmittedResponses {

    /**
     * Submitted responses about a person, oldest first: their own reports, or ratings of them by
     * others (optionally only by raters in one role); optionally to one instrument.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<ResponseView> about(String personId, Perspective perspective, RespondentRole raterRole, String instrumentKey,
                                    String cursor, int limit) {
        return KeysetQuery.where()
                .and("subjectId = :person", "person", personId)
                .and("perspective = :perspective", "perspective", perspective)
                .and("raterRole = :role", "role", raterRole)
                .and("status = :status", "status", ResponseStatus.SUBMITTED)
                .and("instrumentKey = :key", "key", instrumentKey)
                .page((q, p) -> SurveyResponse.<SurveyResponse>find(q, p), cursor, limit, r -> r.id, ResponseView::of);
    }

    /** Which submitted responses a report reads; every field optional. */
    public record Filter(RespondentRole raterRole, Perspective perspective, String wave, UUID programmeId, Instant from, Instant to) {
        public static final Filter ALL = new Filter(null, null, null, null, null, null);
    }

    /** The answers of the submitted responses to one instrument version in the tenant that pass the filter. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Map<String, Object>> answersTo(UUID instrumentId, Filter filter) {
        return KeysetQuery.where()
                .and("instrumentId = :instrument", "instrument", instrumentId)
                .and("status = :status", "status", ResponseStatus.SUBMITTED)
                .and("raterRole = :role", "role", filter.raterRole())
                .and("perspective = :perspective", "perspective", filter.perspective())
                .and("wave = :wave", "wave", filter.wave())
                .and("programmeId = :programme", "programme", filter.programmeId())
                .and("submittedAt >= :from", "from", filter.from())
                .and("submittedAt < :to", "to", filter.to())
                .all((q, p) -> SurveyResponse.<SurveyResponse>find(q, p)).map(r -> r.answers).toList();
    }
}
