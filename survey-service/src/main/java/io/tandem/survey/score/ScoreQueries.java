package io.tandem.survey.score;

import io.tandem.support.api.Page;
import io.tandem.support.persistence.TenantSql;
import io.tandem.support.security.Caller;
import io.tandem.survey.response.ResponseView;
import io.tandem.survey.response.SubmittedResponses;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.hibernate.Session;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** The batched latest-score query, answered in one round trip. */
@ApplicationScoped
public class ScoreQueries {

    /*
     * Driven by the list of people, one index range scan each (scale_score_latest is ordered by
     * person, score key and newest first). The lateral form keeps that plan when PostgreSQL switches
     * the prepared statement to a generic plan; "respondent_id = any(?)" did not (seconds, not ms).
     */
    private static final TenantSql LATEST = TenantSql.of("""
            select p.respondent_id, s.score_key, s.value, s.label, s.instrument_version, s.response_id, s.submitted_at
            from unnest(cast(? as varchar[])) as p(respondent_id)
            cross join lateral (
                select distinct on (score_key) score_key, value, label, instrument_version, response_id, submitted_at
                from scale_score
                where tenant_id = :tenant and instrument_key = ? and respondent_id = p.respondent_id and value is not null
                  and (? or score_key = any(cast(? as varchar[])))
                order by score_key, submitted_at desc) s
            """);

    @Inject
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    SubmittedResponses submitted;

    /** A person's submitted score sets, oldest first. */
    public Page<ScoreSet> ofPerson(String personId, String instrumentKey, String cursor, int limit) {
        Page<ResponseView> page = submitted.ofRespondent(personId, instrumentKey, cursor, limit);
        return new Page<>(page.items().stream().map(ScoreSet::of).toList(), page.nextCursor());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public LatestScores latest(ScoresQuery query) {
        Set<String> people = new LinkedHashSet<>(query.personIds());
        List<String> scales = query.scales() == null ? List.of() : query.scales();
        Map<String, Map<String, LatestScores.Latest>> found = new LinkedHashMap<>();
        String tenant = caller.tenant();
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement select = LATEST.prepare(connection, tenant, new TenantSql.SqlArray("varchar", people.toArray()),
                    query.instrumentKey(), scales.isEmpty(), new TenantSql.SqlArray("varchar", scales.toArray()))) {
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        found.computeIfAbsent(rows.getString(1), p -> new LinkedHashMap<>()).put(rows.getString(2),
                                new LatestScores.Latest(rows.getDouble(3), rows.getString(4), rows.getInt(5),
                                        rows.getObject(6, UUID.class), rows.getTimestamp(7).toInstant()));
                    }
                }
            }
        });
        List<LatestScores.PersonScores> withScores = new ArrayList<>();
        List<String> without = new ArrayList<>();
        for (String person : people) {
            Map<String, LatestScores.Latest> scores = found.get(person);
            if (scores == null) {
                without.add(person);
            } else {
                withScores.add(new LatestScores.PersonScores(person, scores));
            }
        }
        return new LatestScores(query.instrumentKey(), withScores, without);
    }
}
