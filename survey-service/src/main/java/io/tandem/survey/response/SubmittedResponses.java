package io.tandem.survey.response;

import io.tandem.support.api.KeysetQuery;
import io.tandem.support.api.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Submitted responses as other features read them (scores, psychometrics): values, never the entity. */
@ApplicationScoped
public class SubmittedResponses {

    /** A person's submitted responses, oldest first, optionally to one instrument. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<ResponseView> ofRespondent(String personId, String instrumentKey, String cursor, int limit) {
        return KeysetQuery.where()
                .and("respondentId = :person", "person", personId)
                .and("status = :status", "status", ResponseStatus.SUBMITTED)
                .and("instrumentKey = :key", "key", instrumentKey)
                .page((q, p) -> SurveyResponse.<SurveyResponse>find(q, p), cursor, limit, r -> r.id, ResponseView::of);
    }

    /** The answers of every submitted response to one instrument version in the tenant. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Map<String, Object>> answersTo(UUID instrumentId) {
        return SurveyResponse.<SurveyResponse>find("instrumentId = ?1 and status = ?2", instrumentId, ResponseStatus.SUBMITTED)
                .stream().map(r -> r.answers).toList();
    }
}
