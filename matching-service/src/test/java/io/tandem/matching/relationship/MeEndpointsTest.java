package io.tandem.matching.relationship;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A mentor's or mentee's own view for mobile apps: their programmes, proposals and relationships. */
@QuarkusTest
class MeEndpointsTest extends RelationshipTestBase {

    @Test
    void aPersonSeesTheirProgrammesAndProposalsWithTheMentorsPublicProfileOnly() {
        Map<String, Object> diverse = person("m1", "mentor", 6, null, "java");
        diverse.put("diversity", Map.of("gender", "woman"));
        diverse.put("diversityConsent", true);
        diverse.put("managerId", "boss-1");
        diverse.put("pastTracks", List.of("support engineer"));
        as("integration").body(List.of(diverse)).post("/api/v1/programmes/" + programme + "/participants/bulk").then().statusCode(200);

        Response programmes = asPerson("mentee", "e1").get("/api/v1/me/programmes");
        assertThat(programmes.statusCode()).isEqualTo(200);
        assertThat(programmes.jsonPath().getList("items.programmeId", String.class)).containsExactly(programme);
        assertThat(programmes.jsonPath().getString("items[0].role")).isEqualTo("mentee");
        assertThat(programmes.jsonPath().getString("items[0].programmeStatus")).isEqualTo("matching");

        publishedProposalOf("e1");
        Response mine = asPerson("mentee", "e1").get("/api/v1/me/proposals");
        assertThat(mine.jsonPath().getList("items")).hasSize(1);
        Map<String, Object> mentor = mine.jsonPath().getMap("items[0].mentor");
        assertThat(mentor).containsEntry("personId", "m1").containsEntry("skillsOffered", List.of("java"))
                .containsEntry("pastTracks", List.of("support engineer")).doesNotContainKeys("diversity", "managerId", "supportNeed");
        assertThat(mine.asString()).doesNotContain("woman").doesNotContain("boss-1").doesNotContain("motive-fit");

        Response asMentor = asPerson("mentor", "m1").get("/api/v1/me/proposals");
        assertThat(asMentor.jsonPath().getList("items")).hasSize(1);
        assertThat(asMentor.jsonPath().getString("items[0].mentor")).isNull();
        assertThat(asPerson("mentee", "e2").get("/api/v1/me/proposals").jsonPath().getList("items.proposal.menteeId", String.class))
                .containsOnly("e2");
        assertThat(as("admin").get("/api/v1/me/programmes").statusCode()).isEqualTo(403);
    }
}
