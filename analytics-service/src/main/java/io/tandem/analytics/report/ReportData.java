package io.tandem.analytics.report;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tandem.analytics.readmodel.Rows;
import io.tandem.support.persistence.TenantSql;
import io.tandem.support.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.hibernate.Session;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Date;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Reads one programme's facts from the read model, for the caller's tenant only. */
@ApplicationScoped
class ReportData {

    private static final TenantSql PARTICIPANTS = TenantSql.of(
            "select person_id, role, status, diversity::text from participant_fact where tenant_id = :tenant and programme_id = ?");
    private static final TenantSql RELATIONSHIPS = TenantSql.of("""
            select relationship_id::text, mentor_id, mentee_id, phase, started_on, ended_on, agreement_confirmed
            from relationship_fact where tenant_id = :tenant and programme_id = ?""");
    private static final String PROGRAMME_MEETINGS = """
            from meeting_fact m join relationship_fact r on r.relationship_id = m.relationship_id
            where m.tenant_id = :tenant and r.tenant_id = :tenant and r.programme_id = ?""";
    private static final TenantSql MEETINGS_BY_DAY = TenantSql.of("select m.held_on, count(*) " + PROGRAMME_MEETINGS + " group by 1");
    private static final TenantSql LAST_MEETING = TenantSql.of("select m.relationship_id::text, max(m.held_on) " + PROGRAMME_MEETINGS
            + " group by 1");
    /**
     * Check-ins are the assignments of a relationship, counted as they arrive (cancelled ones do not count):
     * per person, wave and side in check_in_people, per wave, side and due date in check_in_due. Rows per
     * wave and side, then per wave with its people counted once across both sides.
     */
    private static final TenantSql COMPLETION = TenantSql.of("""
            with people as (
              select wave, role, respondent_id, assigned, answered from check_in_people
              where tenant_id = :tenant and programme_id = ? and assigned > 0),
            overdue as (
              select wave, role, sum(assigned - answered) as overdue from check_in_due
              where tenant_id = :tenant and programme_id = ? and due_on < ? group by wave, role),
            cells as (
              select wave, role, count(*) as people, sum(assigned) as assigned, sum(answered) as answered from people group by wave, role)
            select c.wave, c.role, c.people, c.assigned, c.answered, coalesce(o.overdue, 0)
            from cells c left join overdue o on o.wave = c.wave and o.role = c.role
            union all
            select w.wave, null, w.people, t.assigned, t.answered, coalesce(t.overdue, 0)
            from (select wave, count(*) as people from (select wave, respondent_id from people group by wave, respondent_id) p group by wave) w
            join (select c.wave, sum(c.assigned) as assigned, sum(c.answered) as answered, sum(o.overdue) as overdue
                  from cells c left join overdue o on o.wave = c.wave and o.role = c.role group by c.wave) t on t.wave = w.wave""");
    private static final TenantSql MISSED = TenantSql.of("""
            select relationship_id::text, sum(assigned - answered) from check_in_relationship
            where tenant_id = :tenant and programme_id = ? and due_on < ?
            group by 1 having sum(assigned - answered) > 0""");
    private static final TenantSql ANSWERED_BY_DAY = TenantSql.of("""
            select (answered_at at time zone ?)::date, count(*) from assignment_fact
            where tenant_id = :tenant and programme_id = ? and relationship_id is not null and status <> 'cancelled' and answered_at is not null
            group by 1""");
    /**
     * One scale's self-reports in the programme's relationships: the scale's place in each answer's scores picks its value. Binds
     * the scale, then programme and instrument.
     */
    private static final String SELF_REPORTS = """
            from (select relationship_id, role, wave, submitted_at, response_id, respondent_id,
                         scale_values[array_position(scale_keys, cast(? as varchar))] as value
                  from response_fact where tenant_id = :tenant and programme_id = ? and instrument_key = ?
                    and relationship_id is not null and perspective = 'self' and role is not null) s
            where value is not null""";
    private static final TenantSql DROPS = TenantSql.of("""
            select relationship_id, role, from_wave, wave, from_value, value from (
              select relationship_id, role, wave, value, lag(wave) over w as from_wave, lag(value) over w as from_value
            """ + SELF_REPORTS + " window w as (partition by relationship_id, role order by submitted_at, response_id)) t"
            + " where from_value - value > ? order by relationship_id, role");
    private static final TenantSql LATEST_MENTEE = TenantSql.of("select distinct on (relationship_id) relationship_id::text as id, value "
            + SELF_REPORTS + " and role = 'mentee' order by relationship_id, submitted_at desc, response_id desc");
    private static final TenantSql WAVE_MEANS = TenantSql.of("select wave, role, sum(total) / sum(answers), sum(answers), count(*) from ("
            + "select wave, role, respondent_id, sum(value) as total, count(*) as answers " + SELF_REPORTS
            + " and wave is not null group by wave, role, respondent_id) per_person group by wave, role");
    private static final TenantSql PROPOSALS = TenantSql.of(
            "select mentor_id, mentee_id, mentor_decision from proposal_fact where tenant_id = :tenant and programme_id = ?");

    @Inject
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    ObjectMapper json;

    /** The parts of a programme's facts a report reads; the others stay empty. */
    enum Part { PEOPLE, RELATIONSHIPS, MEETINGS, LAST_MEETINGS, PROPOSALS, COMPLETION, MISSED, ANSWERED }

    @Transactional
    Facts.Programme programme(UUID programmeId, LocalDate asOf, String zone, java.util.Set<Part> parts) {
        String tenant = caller.tenant();
        List<Facts.Participant> participants = new ArrayList<>();
        List<Facts.Relationship> relationships = new ArrayList<>();
        Map<LocalDate, Integer> meetingsByDay = new HashMap<>();
        Map<String, LocalDate> lastMeeting = new HashMap<>();
        List<Facts.Proposal> proposals = new ArrayList<>();
        List<Facts.Completion> completion = new ArrayList<>();
        Map<String, Integer> missed = new HashMap<>();
        Map<LocalDate, Integer> answeredByDay = new HashMap<>();
        em.unwrap(Session.class).doWork(c -> {
            KnownProgrammes.require(c, tenant, programmeId);
            Rows.inMemory(c);
            if (parts.contains(Part.PEOPLE)) {
                Rows.query(c, PARTICIPANTS, tenant, r -> participants.add(new Facts.Participant(r.getString(1), r.getString(2), r.getString(3),
                        diversity(r.getString(4)))), programmeId);
            }
            if (parts.contains(Part.RELATIONSHIPS)) {
                Rows.query(c, RELATIONSHIPS, tenant, r -> relationships.add(new Facts.Relationship(r.getString(1), r.getString(2), r.getString(3),
                        r.getString(4), r.getDate(5).toLocalDate(), r.getDate(6) == null ? null : r.getDate(6).toLocalDate(), r.getBoolean(7))),
                        programmeId);
            }
            if (parts.contains(Part.MEETINGS)) {
                Rows.query(c, MEETINGS_BY_DAY, tenant, r -> meetingsByDay.put(r.getDate(1).toLocalDate(), r.getInt(2)), programmeId);
            }
            if (parts.contains(Part.LAST_MEETINGS)) {
                Rows.query(c, LAST_MEETING, tenant, r -> lastMeeting.put(r.getString(1), r.getDate(2).toLocalDate()), programmeId);
            }
            if (parts.contains(Part.PROPOSALS)) {
                Rows.query(c, PROPOSALS, tenant, r -> proposals.add(new Facts.Proposal(r.getString(1), r.getString(2), r.getString(3))), programmeId);
            }
            Date today = Date.valueOf(asOf);
            if (parts.contains(Part.COMPLETION)) {
                Rows.query(c, COMPLETION, tenant, r -> completion.add(new Facts.Completion(r.getString(1), r.getString(2), r.getInt(3), r.getInt(4),
                        r.getInt(5), r.getInt(6))), programmeId, programmeId, today);
            }
            if (parts.contains(Part.MISSED)) {
                Rows.query(c, MISSED, tenant, r -> missed.put(r.getString(1), r.getInt(2)), programmeId, today);
            }
            if (parts.contains(Part.ANSWERED)) {
                Rows.query(c, ANSWERED_BY_DAY, tenant, r -> answeredByDay.put(r.getDate(1).toLocalDate(), r.getInt(2)), zone, programmeId);
            }
        });
        return new Facts.Programme(participants, relationships, meetingsByDay, lastMeeting, proposals, completion, missed, answeredByDay);
    }

    /** Falls of a side's self-reported score between consecutive answers by more than {@code threshold}. */
    @Transactional
    List<Facts.Drop> drops(UUID programmeId, String instrumentKey, String scaleKey, double threshold) {
        String tenant = caller.tenant();
        List<Facts.Drop> drops = new ArrayList<>();
        em.unwrap(Session.class).doWork(c -> Rows.query(Rows.inMemory(c), DROPS, tenant, r -> drops.add(new Facts.Drop(r.getString(1), r.getString(2),
                r.getString(3), r.getString(4), r.getDouble(5), r.getDouble(6))), scaleKey, programmeId, instrumentKey, threshold));
        return drops;
    }

    /** Per relationship, the mentee's newest self-reported score. */
    @Transactional
    Map<String, Double> latestMenteeScores(UUID programmeId, String instrumentKey, String scaleKey) {
        String tenant = caller.tenant();
        Map<String, Double> latest = new HashMap<>();
        em.unwrap(Session.class).doWork(c -> Rows.query(Rows.inMemory(c), LATEST_MENTEE, tenant, r -> latest.put(r.getString(1), r.getDouble(2)),
                scaleKey, programmeId, instrumentKey));
        return latest;
    }

    @Transactional
    List<Facts.WaveMean> waveMeans(UUID programmeId, String instrumentKey, String scaleKey) {
        String tenant = caller.tenant();
        List<Facts.WaveMean> means = new ArrayList<>();
        em.unwrap(Session.class).doWork(c -> Rows.query(Rows.inMemory(c), WAVE_MEANS, tenant, r -> means.add(new Facts.WaveMean(r.getString(1), r.getString(2),
                r.getDouble(3), r.getInt(4), r.getInt(5))), scaleKey, programmeId, instrumentKey));
        return means;
    }

    private Map<String, String> diversity(String text) {
        if (text == null) {
            return Map.of();
        }
        try {
            return json.readValue(text, new TypeReference<Map<String, String>>() { });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
