package io.tandem.analytics.privacy;

import com.fasterxml.jackson.databind.JsonNode;
import io.tandem.analytics.readmodel.CheckInLock;
import io.tandem.support.persistence.TenantSql;
import io.tandem.support.privacy.PersonColumns;
import io.tandem.support.privacy.PersonData;
import io.tandem.support.privacy.PersonErasureSteps;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.hibernate.Session;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Optional;

/**
 * analytics' copy of a person, erased: when an admin erases them here, or when survey-service or
 * matching-service announce a person-erased event. The scores of their responses (and of responses about
 * them) go unless scores may stay as pseudonymous data, while the responses stay as answers of their
 * assignments; every other fact keeps its place under a random pseudonym, so programme figures stay whole. Send the same keepPseudonymousScores to every service: the first event to arrive decides.
 */
@ApplicationScoped
public class AnalyticsErasure implements PersonErasureSteps {

    private static final TenantSql SCORES = TenantSql.of(
            "update response_fact set scale_keys = '{}', scale_values = '{}', labels = '{}' "
                    + "where tenant_id = :tenant and (respondent_id = ? or subject_id = ?) and cardinality(scale_keys) > 0");

    @Inject
    EntityManager em;

    @Override
    public int eraseContent(String tenant, String personId, boolean keepPseudonymousScores) {
        em.flush();
        return em.unwrap(Session.class).doReturningWork(connection -> deleteScores(connection, tenant, personId, keepPseudonymousScores));
    }

    private static int deleteScores(Connection connection, String tenant, String personId, boolean keep) throws SQLException {
        CheckInLock.take(connection); // the erasure rewrites assignments too: the lock first, then rows, as every other writer
        if (keep) {
            return 0;
        }
        try (PreparedStatement delete = SCORES.prepare(connection, tenant, personId, personId)) {
            return delete.executeUpdate();
        }
    }

    /** Applies a person-erased event of either service's feed; nothing happens when no fact names the person (any more). */
    public static void apply(Connection connection, String tenant, JsonNode event) throws SQLException {
        var tables = PersonColumns.discover(connection);
        Optional<String> person = PersonData.findByKey(connection, tables, tenant, event.path("personKey").asText());
        if (person.isPresent()) {
            deleteScores(connection, tenant, person.get(), event.path("scoresKept").asBoolean(false));
            PersonData.scrub(connection, tables, tenant, person.get(), PersonData.newPseudonym());
        }
    }
}
