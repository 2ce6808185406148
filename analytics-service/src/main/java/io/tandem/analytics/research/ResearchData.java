package io.tandem.analytics.research;

import io.tandem.analytics.readmodel.Rows;
import io.tandem.analytics.report.KnownProgrammes;
import io.tandem.support.persistence.TenantSql;
import io.tandem.support.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.hibernate.Session;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Reads what the research reports need from one programme's read model, for the caller's tenant only. */
@ApplicationScoped
class ResearchData {

    private static final TenantSql RELATIONSHIPS = TenantSql.of("""
            select relationship_id::text, mentor_id, mentee_id, started_on from relationship_fact where tenant_id = :tenant and programme_id = ?""");
    /** A scale's scores in the programme's relationships, by perspective (self-reports, or ratings of the other side). */
    private static final TenantSql RELATIONSHIP_SCORES = TenantSql.of("""
            select relationship_id::text, role, respondent_id, wave, submitted_at, scale_key, value, response_id::text from score_fact
            where tenant_id = :tenant and programme_id = ? and instrument_key = ? and scale_key = any(?) and relationship_id is not null
              and perspective = ? and value is not null and role is not null""");
    /** Self-reports of the programme's mentors on an instrument answered outside any relationship (or inside), this programme's or none's. */
    private static final TenantSql MENTOR_SCORES = TenantSql.of("""
            select respondent_id, response_id::text, submitted_at, scale_key, value, label from score_fact
            where tenant_id = :tenant and (programme_id = ? or programme_id is null) and instrument_key = ? and scale_key = any(?)
              and perspective = 'self' and respondent_id in (select mentor_id from relationship_fact where tenant_id = :tenant and programme_id = ?)""");
    /** The factors of the accepted proposal each relationship came from (pairs matched by a run). */
    private static final TenantSql FACTORS = TenantSql.of("""
            select r.relationship_id::text, f.factor, f.score from relationship_fact r
            join proposal_fact p on p.tenant_id = :tenant and p.programme_id = r.programme_id and p.mentor_id = r.mentor_id
                                and p.mentee_id = r.mentee_id and p.status = 'accepted'
            join proposal_factor_fact f on f.proposal_id = p.proposal_id and f.tenant_id = :tenant and not f.no_data
            where r.tenant_id = :tenant and r.programme_id = ?""");
    /** Goals per relationship, dropped ones left out: how many and how many achieved. */
    private static final TenantSql GOALS = TenantSql.of("""
            select g.relationship_id::text, count(*), count(*) filter (where g.status = 'achieved') from goal_fact g
            join relationship_fact r on r.relationship_id = g.relationship_id and r.tenant_id = :tenant and r.programme_id = ?
            where g.tenant_id = :tenant and g.status <> 'dropped' group by 1""");

    record Relationship(String id, String mentorId, String menteeId, LocalDate startedOn) {
    }

    /** One scale score of one response in a relationship. */
    record Score(String relationshipId, String role, String respondentId, String wave, Instant submittedAt, String scale, double value,
                 String responseId) {
    }

    /** One scale or index score of a mentor's own response. */
    record MentorScore(String mentorId, String responseId, Instant submittedAt, String scale, Double value, String label) {
    }

    record Goals(int set, int achieved) {
    }

    @Inject
    EntityManager em;

    @Inject
    Caller caller;

    @Transactional
    List<Relationship> relationships(UUID programmeId) {
        String tenant = caller.tenant();
        List<Relationship> relationships = new ArrayList<>();
        em.unwrap(Session.class).doWork(c -> {
            KnownProgrammes.require(c, tenant, programmeId);
            Rows.query(c, RELATIONSHIPS, tenant, r -> relationships.add(new Relationship(r.getString(1), r.getString(2), r.getString(3),
                    r.getDate(4).toLocalDate())), programmeId);
        });
        return relationships;
    }

    /** @param perspective "self" for self-reports, "other" for ratings of the other side */
    @Transactional
    List<Score> relationshipScores(UUID programmeId, String instrumentKey, List<String> scales, String perspective) {
        String tenant = caller.tenant();
        List<Score> scores = new ArrayList<>();
        em.unwrap(Session.class).doWork(c -> Rows.query(Rows.inMemory(c), RELATIONSHIP_SCORES, tenant, r -> scores.add(new Score(r.getString(1),
                r.getString(2), r.getString(3), r.getString(4), r.getTimestamp(5).toInstant(), r.getString(6), r.getDouble(7), r.getString(8))),
                programmeId, instrumentKey, new TenantSql.SqlArray("varchar", scales.toArray()), perspective));
        return scores;
    }

    @Transactional
    List<MentorScore> mentorScores(UUID programmeId, String instrumentKey, List<String> scales) {
        String tenant = caller.tenant();
        List<MentorScore> scores = new ArrayList<>();
        em.unwrap(Session.class).doWork(c -> Rows.query(Rows.inMemory(c), MENTOR_SCORES, tenant, r -> {
            double value = r.getDouble(5);
            scores.add(new MentorScore(r.getString(1), r.getString(2), r.getTimestamp(3).toInstant(), r.getString(4), r.wasNull() ? null : value,
                    r.getString(6)));
        }, programmeId, instrumentKey, new TenantSql.SqlArray("varchar", scales.toArray()), programmeId));
        return scores;
    }

    /** Per relationship, each factor's score (0..1000) at match time. */
    @Transactional
    Map<String, Map<String, Integer>> factors(UUID programmeId) {
        String tenant = caller.tenant();
        Map<String, Map<String, Integer>> factors = new HashMap<>();
        em.unwrap(Session.class).doWork(c -> Rows.query(c, FACTORS, tenant, r -> factors.computeIfAbsent(r.getString(1), k -> new HashMap<>())
                .put(r.getString(2), r.getInt(3)), programmeId));
        return factors;
    }

    @Transactional
    Map<String, Goals> goals(UUID programmeId) {
        String tenant = caller.tenant();
        Map<String, Goals> goals = new HashMap<>();
        em.unwrap(Session.class).doWork(c -> Rows.query(c, GOALS, tenant, r -> goals.put(r.getString(1), new Goals(r.getInt(2), r.getInt(3))),
                programmeId));
        return goals;
    }
}
