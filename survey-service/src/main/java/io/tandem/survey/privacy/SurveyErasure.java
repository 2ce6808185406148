package io.tandem.survey.privacy;

import io.tandem.support.persistence.TenantSql;
import io.tandem.support.privacy.PersonErasureSteps;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.hibernate.Session;

import java.sql.PreparedStatement;
import java.util.List;

/**
 * survey-service's part of erasing a person: their answers are deleted; the scores of their responses
 * and of ratings about them are deleted too unless they may stay as pseudonymous data, in the responses,
 * the score rows, the feed's events and the webhook copies of those events.
 */
@ApplicationScoped
public class SurveyErasure implements PersonErasureSteps {

    private static final TenantSql ANSWERS = TenantSql.of(
            "update survey_response set answers = '{}'::jsonb where tenant_id = :tenant and respondent_id = ? and answers <> '{}'::jsonb");
    private static final TenantSql RESPONSE_SCORES = TenantSql.of("""
            update survey_response set scores = null where tenant_id = :tenant and (respondent_id = ? or subject_id = ?) and scores is not null""");
    private static final TenantSql SCORE_ROWS = TenantSql.of(
            "delete from scale_score where tenant_id = :tenant and (respondent_id = ? or subject_id = ?)");
    private static final TenantSql EVENT_SCORES = TenantSql.of("""
            update outbox_event set payload = jsonb_set(payload, '{scores}', '[]'::jsonb)
            where tenant_id = :tenant and event_type = 'scored-response' and (payload->>'respondentId' = ? or payload->>'subjectId' = ?)
              and payload->'scores' <> '[]'::jsonb""");
    private static final TenantSql WEBHOOK_SCORES = TenantSql.of("""
            update webhook_delivery set body = jsonb_set(body::jsonb, '{data,scores}', '[]'::jsonb)::text
            where tenant_id = :tenant and event_type = 'response.submitted'
              and (body::jsonb->'data'->>'respondentId' = ? or body::jsonb->'data'->>'subjectId' = ?)""");

    @Inject
    EntityManager em;

    @Override
    public int eraseContent(String tenant, String personId, boolean keepPseudonymousScores) {
        List<TenantSql> steps = keepPseudonymousScores ? List.of() : List.of(RESPONSE_SCORES, SCORE_ROWS, EVENT_SCORES, WEBHOOK_SCORES);
        em.flush();
        return em.unwrap(Session.class).doReturningWork(connection -> {
            int changed;
            try (PreparedStatement answers = ANSWERS.prepare(connection, tenant, personId)) {
                changed = answers.executeUpdate();
            }
            for (TenantSql step : steps) {
                try (PreparedStatement statement = step.prepare(connection, tenant, personId, personId)) {
                    changed += statement.executeUpdate();
                }
            }
            return changed;
        });
    }
}
