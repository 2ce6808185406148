package io.tandem.matching.privacy;

import io.tandem.support.persistence.TenantSql;
import io.tandem.support.privacy.PersonErasureSteps;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.hibernate.Session;

import java.sql.PreparedStatement;
import java.util.List;

/**
 * matching-service's part of erasing a person: their profiles are emptied (the participant rows stay, as
 * left, so runs and relationships keep their shape), their journal entries deleted, and what they wrote
 * into shared records (their goals, meeting notes they logged, phase-change reasons, end notes) blanked.
 * The person id itself is then replaced everywhere by PersonData's scrub.
 */
@ApplicationScoped
public class MatchingErasure implements PersonErasureSteps {

    private record Step(TenantSql sql, int idCount) {
    }

    private static final List<Step> STEPS = List.of(
            new Step(TenantSql.of("""
                    update participant set status = 'LEFT', display_name = null, career_stage = null, current_track = null, manager_id = null,
                        time_zone = null, support_need = null, manager_chain = '{}', languages = '{}', skills_offered = '{}',
                        learning_goals = '{}', learning_interests = '{}', aspirations = '{}', past_tracks = '{}', challenges_overcome = '{}',
                        current_challenges = '{}', person_values = '{}', work_style = '{}', diversity = null, preferences = '{}',
                        research_consent = false, diversity_consent = false
                    where tenant_id = :tenant and person_id = ?"""), 1),
            // self-identified attributes also travelled in participant events and their webhook copies
            new Step(TenantSql.of("""
                    update outbox_event set payload = payload - 'diversity'
                    where tenant_id = :tenant and event_type = 'participant' and payload->>'personId' = ? and payload->'diversity' is not null"""), 1),
            new Step(TenantSql.of("""
                    update webhook_delivery set body = (body::jsonb #- '{data,diversity}')::text
                    where tenant_id = :tenant and event_type like 'participant.%' and body::jsonb->'data'->>'personId' = ?"""), 1),
            new Step(TenantSql.of("delete from journal_entry where tenant_id = :tenant and author_person_id = ?"), 1),
            new Step(TenantSql.of("""
                    update relationship_meeting set note = null where tenant_id = :tenant and logged_by = ? and note is not null"""), 1),
            new Step(TenantSql.of("""
                    update relationship_goal g set description = '(erased)', notes = '[]'::jsonb from relationship r
                    where g.tenant_id = :tenant and r.tenant_id = g.tenant_id and g.relationship_id = r.id
                      and ((r.mentor_person_id = ? and g.owner = 'MENTOR') or (r.mentee_person_id = ? and g.owner = 'MENTEE'))"""), 2),
            new Step(TenantSql.of("""
                    update relationship set end_note = null
                    where tenant_id = :tenant and (mentor_person_id = ? or mentee_person_id = ?) and end_note is not null"""), 2),
            new Step(TenantSql.of("""
                    update relationship_phase_change set reason = null where tenant_id = :tenant and changed_by = ? and reason is not null"""), 1));

    @Inject
    EntityManager em;

    @Override
    public int eraseContent(String tenant, String personId, boolean keepPseudonymousScores) {
        em.flush();
        return em.unwrap(Session.class).doReturningWork(connection -> {
            int changed = 0;
            for (Step step : STEPS) {
                Object[] ids = java.util.Collections.nCopies(step.idCount(), personId).toArray();
                try (PreparedStatement statement = step.sql().prepare(connection, tenant, ids)) {
                    changed += statement.executeUpdate();
                }
            }
            return changed;
        });
    }
}
