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
    /**
     * One side's scores of one scale in the programme's relationships, by perspective (self-reports, or ratings of the other side):
     * the scale's place in each answer's scores picks its value. Binds the scale, then programme, instrument and perspective.
     */
    private static final String SCALE_SCORES = """
            from (select relationship_id, role, wave, submitted_at, response_id, scale_values[array_position(scale_keys, cast(? as varchar))] as value
                  from response_fact where tenant_id = :tenant and programme_id = ? and instrument_key = ? and relationship_id is not null
                    and perspective = ? and role is not null) s
            where value is not null""";
    /** Per relationship, a side's latest (or first) score at a wave, or at any wave when the wave is null. */
    private static final TenantSql LATEST = TenantSql.of("select distinct on (relationship_id) relationship_id::text as id, value, wave " + SCALE_SCORES
            + " and role = ? and (wave = ? or cast(? as varchar) is null) order by relationship_id desc, submitted_at desc, response_id desc");
    private static final TenantSql FIRST = TenantSql.of("select distinct on (relationship_id) relationship_id::text as id, value, wave " + SCALE_SCORES
            + " and role = ? and (wave = ? or cast(? as varchar) is null) order by relationship_id, submitted_at, response_id");
    /** Every score of the scale, both sides, for a growth model. */
    private static final TenantSql SERIES = TenantSql.of("select relationship_id::text, role, wave, submitted_at, value " + SCALE_SCORES);
    /** Per self-report answer of an instrument holding all three, the values of three scales (the identification mechanisms). */
    private static final TenantSql MECHANISMS = TenantSql.of("""
            select id, role, wave, submitted_at, first, second, third from (
              select relationship_id::text as id, role, wave, submitted_at, scale_values[array_position(scale_keys, cast(? as varchar))] as first,
                     scale_values[array_position(scale_keys, cast(? as varchar))] as second,
                     scale_values[array_position(scale_keys, cast(? as varchar))] as third
              from response_fact where tenant_id = :tenant and programme_id = ? and instrument_key = ? and relationship_id is not null
                and perspective = 'self' and role is not null and wave is not null) s
            where first is not null and second is not null and third is not null""");
    /** Self-reports of the programme's mentors on an instrument answered outside any relationship (or inside), this programme's or none's. */
    private static final TenantSql MENTOR_SCORES = TenantSql.of("""
            select r.respondent_id, r.response_id::text, r.submitted_at, s.scale_key, s.value, s.label
            from response_fact r, unnest(r.scale_keys, r.scale_values, r.labels) as s(scale_key, value, label)
            where r.tenant_id = :tenant and (r.programme_id = ? or r.programme_id is null) and r.instrument_key = ? and s.scale_key = any(?)
              and r.perspective = 'self'
              and r.respondent_id in (select mentor_id from relationship_fact where tenant_id = :tenant and programme_id = ?)""");
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

    /** A side's score picked for a relationship, with the wave it came from. */
    record Picked(double value, String wave) {
    }

    /** One score of a series, as the growth model reads it. */
    interface SeriesRow {
        void read(String relationshipId, String role, String wave, Instant submittedAt, double value);
    }

    /** One answer's three mechanism scores. */
    interface MechanismRow {
        void read(String relationshipId, String role, String wave, Instant submittedAt, double first, double second, double third);
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

    /**
     * Per relationship, one side's latest score of a scale (first when {@code first}), at a wave or any wave.
     *
     * @param perspective "self" for self-reports, "other" for ratings of the other side
     */
    @Transactional
    Map<String, Picked> pick(UUID programmeId, String instrumentKey, String scale, String perspective, String role, String wave, boolean first) {
        String tenant = caller.tenant();
        Map<String, Picked> picked = new HashMap<>();
        em.unwrap(Session.class).doWork(c -> Rows.query(Rows.inMemory(c), first ? FIRST : LATEST, tenant,
                r -> picked.put(r.getString(1), new Picked(r.getDouble(2), r.getString(3))), scale, programmeId, instrumentKey, perspective, role,
                wave, wave));
        return picked;
    }

    /** Streams every self-report of a scale (both sides) to the reader. */
    @Transactional
    void series(UUID programmeId, String instrumentKey, String scale, SeriesRow reader) {
        String tenant = caller.tenant();
        em.unwrap(Session.class).doWork(c -> Rows.query(Rows.inMemory(c), SERIES, tenant, r -> reader.read(r.getString(1), r.getString(2),
                r.getString(3), r.getTimestamp(4).toInstant(), r.getDouble(5)), scale, programmeId, instrumentKey, "self"));
    }

    /** Streams, per self-report answer holding all three, the three scales' scores. */
    @Transactional
    void mechanisms(UUID programmeId, String instrumentKey, List<String> scales, MechanismRow reader) {
        String tenant = caller.tenant();
        em.unwrap(Session.class).doWork(c -> Rows.query(Rows.inMemory(c), MECHANISMS, tenant, r -> reader.read(r.getString(1), r.getString(2),
                r.getString(3), r.getTimestamp(4).toInstant(), r.getDouble(5), r.getDouble(6), r.getDouble(7)), scales.get(0), scales.get(1),
                scales.get(2), programmeId, instrumentKey));
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
