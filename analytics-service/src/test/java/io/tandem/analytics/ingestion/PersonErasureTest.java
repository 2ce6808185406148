package io.tandem.analytics.ingestion;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.tandem.analytics.ingestion.FeedEvents.Relationship;
import io.tandem.support.privacy.PersonData;
import io.tandem.testsupport.DatabaseScan;
import io.tandem.testsupport.Tokens;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** analytics erases its copy of a person: from a person-erased feed event, or when an admin erases them here. */
@QuarkusTest
@QuarkusTestResource(FeedStub.class)
class PersonErasureTest {

    @Inject
    Ingestion ingestion;

    @Inject
    AgroalDataSource db;

    private final String tenant = "t-" + UUID.randomUUID();
    private final UUID programme = UUID.randomUUID();
    private final String mentee = "erase-me-" + UUID.randomUUID().toString().substring(0, 8);
    private final String mentor = "keep-me-" + UUID.randomUUID().toString().substring(0, 8);
    private FeedEvents feeds;
    private Relationship pair;

    @BeforeEach
    void aRelationshipWithScores() {
        FeedStub.restart(db);
        feeds = new FeedEvents();
        feeds.participant(tenant, "2026-03-01T08:00:00Z", "enrolled", UUID.randomUUID(), programme, mentee, "mentee", "active",
                Map.of("gender", "f"));
        feeds.participant(tenant, "2026-03-01T08:00:00Z", "enrolled", UUID.randomUUID(), programme, mentor, "mentor", "active", null);
        pair = new Relationship(UUID.randomUUID(), programme, mentor, mentee, "cultivation", LocalDate.parse("2026-03-05"),
                LocalDate.parse("2026-09-05"), null, true);
        feeds.relationship(tenant, "2026-03-05T08:00:00Z", "started", pair, null, null);
        feeds.scored(tenant, Instant.parse("2026-03-08T10:00:00Z"), null, programme, pair.id(), mentee, null, "mentee", "baseline",
                "relationship-quality", Map.of("relationship-quality", 5.5));
        feeds.scored(tenant, Instant.parse("2026-03-08T11:00:00Z"), null, programme, pair.id(), mentor, null, "mentor", "baseline",
                "relationship-quality", Map.of("relationship-quality", 6.0));
    }

    /** The scale scores of a person's responses. */
    private int scoreRows(String respondent) throws Exception {
        try (var c = db.getConnection(); var count = c.prepareStatement(
                "select coalesce(sum(cardinality(scale_keys)), 0) from response_fact where tenant_id = ? and respondent_id = ?")) {
            count.setString(1, tenant);
            count.setString(2, respondent);
            try (var row = count.executeQuery()) {
                row.next();
                return row.getInt(1);
            }
        }
    }

    @Test
    void aPersonErasedEventErasesTheirFactsAndKeepsTheOthers() throws Exception {
        feeds.personErased(tenant, "2026-04-01T00:00:00Z", PersonData.personKey(tenant, mentee), false);
        feeds.serve(50);
        ingestion.pass("erasure-test");

        assertThat(DatabaseScan.columnsContaining(db, mentee)).isEmpty();
        assertThat(scoreRows(mentor)).isEqualTo(1);
        assertThat(DatabaseScan.columnsContaining(db, mentor)).contains("relationship_fact.mentor_id", "participant_fact.person_id");
        // the same event again (both services announce it) changes nothing
        ingestion.pass("erasure-test");
        assertThat(scoreRows(mentor)).isEqualTo(1);
    }

    @Test
    void anAdminExportsAndErasesAPersonHereToo() throws Exception {
        feeds.serve(50);
        ingestion.pass("erasure-test");
        JsonPath export = given().header("Authorization", Tokens.bearer("admin", tenant)).get("/api/v1/people/" + mentee + "/data").jsonPath();
        assertThat(export.getMap("tables").keySet()).contains("participant_fact", "relationship_fact", "response_fact");

        Response erased = given().header("Authorization", Tokens.bearer("admin", tenant)).delete("/api/v1/people/" + mentee
                + "?keepPseudonymousScores=true");
        assertThat(erased.statusCode()).isEqualTo(200);
        assertThat(DatabaseScan.columnsContaining(db, mentee)).isEmpty();
        assertThat(scoreRows(mentor)).isEqualTo(1);
        assertThat(given().header("Authorization", Tokens.bearer("researcher", tenant)).delete("/api/v1/people/" + mentee).statusCode())
                .isEqualTo(403);
    }

    @Test
    void aRelationshipErasedByRetentionLeavesNoFacts() throws Exception {
        feeds.serve(50);
        ingestion.pass("erasure-test");
        assertThat(scoreRows(mentee)).isEqualTo(1);
        FeedStub.restart(db);
        FeedEvents erased = new FeedEvents();
        erased.relationshipErased(tenant, "2029-01-01T00:00:00Z", pair.id(), programme);
        erased.serve(50);
        ingestion.pass("erasure-test");
        assertThat(scoreRows(mentee)).isZero();
        assertThat(scoreRows(mentor)).isZero();
        assertThat(DatabaseScan.columnsContaining(db, pair.id().toString())).isEmpty();
    }
}
