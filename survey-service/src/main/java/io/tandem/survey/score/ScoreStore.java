package io.tandem.survey.score;

import io.tandem.survey.response.ScoreView;
import io.tandem.survey.response.SurveyResponse;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.hibernate.Session;

import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.List;

/** Writes the score rows of a submitted response in one JDBC batch. */
@ApplicationScoped
public class ScoreStore {

    private static final String INSERT = "insert into scale_score (response_id, score_key, tenant_id, respondent_id, instrument_key, "
            + "instrument_version, value, label, submitted_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)";

    @Inject
    EntityManager em;

    public void insert(SurveyResponse response, List<ScoreView> scores) {
        if (scores.isEmpty()) {
            return;
        }
        em.flush();
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
                for (ScoreView score : scores) {
                    insert.setObject(1, response.id);
                    insert.setString(2, score.key());
                    insert.setString(3, response.tenantId);
                    insert.setString(4, response.respondentId);
                    insert.setString(5, response.instrumentKey);
                    insert.setInt(6, response.instrumentVersion);
                    if (score.value() == null) {
                        insert.setNull(7, Types.DOUBLE);
                    } else {
                        insert.setDouble(7, score.value());
                    }
                    insert.setString(8, score.label());
                    insert.setTimestamp(9, Timestamp.from(response.submittedAt));
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        });
    }
}
