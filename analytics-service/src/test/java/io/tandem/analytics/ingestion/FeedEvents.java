package io.tandem.analytics.ingestion;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Builds feed events in the services' formats (the data of matching-service's ParticipantEvent,
 * ProposalEvent and RelationshipEvent, survey-service's assignment and ScoredResponseEvent), to be served
 * by {@link FeedStub}.
 */
public final class FeedEvents {

    private final Map<String, List<Map<String, Object>>> feeds = new LinkedHashMap<>();

    public FeedEvents() {
        for (String feed : List.of("participants", "proposals", "relationships", "assignments", "scored-responses", "person-erasures")) {
            feeds.put(feed, new ArrayList<>());
        }
    }

    /** Serves every feed built so far, in pages of {@code pageSize}. */
    public void serve(int pageSize) {
        feeds.forEach((feed, events) -> FeedStub.serve(feed, events, pageSize));
    }

    public FeedEvents participant(String tenant, String at, String change, UUID id, UUID programme, String person, String role, String status,
                                  Map<String, String> diversity) {
        return participant(tenant, at, change, id, programme, person, role, status, diversity, true);
    }

    public FeedEvents participant(String tenant, String at, String change, UUID id, UUID programme, String person, String role, String status,
                                  Map<String, String> diversity, boolean researchConsent) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("change", change);
        data.put("participantId", id.toString());
        data.put("programmeId", programme.toString());
        data.put("personId", person);
        data.put("role", role);
        data.put("status", status);
        data.put("diversity", diversity);
        data.put("hasManager", false);
        data.put("researchConsent", researchConsent);
        return add("participants", tenant, "participant", at, data);
    }

    public FeedEvents proposal(String tenant, String at, String change, UUID id, UUID programme, String mentor, String mentee, String status,
                               String mentorDecision, String menteeDecision) {
        return proposal(tenant, at, change, id, programme, mentor, mentee, status, mentorDecision, menteeDecision, List.of());
    }

    /** A proposal with its compatibility factors at match time: each {factor, score, weight, noData}. */
    public FeedEvents proposal(String tenant, String at, String change, UUID id, UUID programme, String mentor, String mentee, String status,
                               String mentorDecision, String menteeDecision, List<Map<String, Object>> factors) {
        Map<String, Object> data = new HashMap<>();
        data.put("change", change);
        data.put("proposalId", id.toString());
        data.put("runId", UUID.nameUUIDFromBytes(programme.toString().getBytes()).toString());
        data.put("programmeId", programme.toString());
        data.put("mentorId", mentor);
        data.put("menteeId", mentee);
        data.put("status", status);
        data.put("mentorDecision", mentorDecision);
        data.put("menteeDecision", menteeDecision);
        data.put("score", 80);
        data.put("recommendationRank", null);
        data.put("factors", factors);
        return add("proposals", tenant, "proposal", at, data);
    }

    /** A relationship's state after a change; goal and meeting are null unless the change is about one. */
    public record Relationship(UUID id, UUID programme, String mentor, String mentee, String phase, LocalDate startedOn, LocalDate plannedEndOn,
                               LocalDate endedOn, boolean agreementConfirmed) {
    }

    public FeedEvents relationship(String tenant, String at, String change, Relationship r, Map<String, Object> goal, Map<String, Object> meeting) {
        Map<String, Object> data = new HashMap<>();
        data.put("change", change);
        data.put("relationshipId", r.id().toString());
        data.put("programmeId", r.programme().toString());
        data.put("mentorId", r.mentor());
        data.put("menteeId", r.mentee());
        data.put("origin", "proposal");
        data.put("phase", r.phase());
        data.put("startedOn", r.startedOn().toString());
        data.put("plannedEndOn", r.plannedEndOn().toString());
        data.put("endedOn", r.endedOn() == null ? null : r.endedOn().toString());
        data.put("endedEarly", false);
        data.put("endReason", r.endedOn() == null ? null : "goals-met");
        data.put("continuesAsPeers", null);
        data.put("agreementConfirmed", r.agreementConfirmed());
        data.put("goal", goal);
        data.put("meeting", meeting);
        return add("relationships", tenant, "relationship", at, data);
    }

    public FeedEvents meeting(String tenant, Relationship r, LocalDate heldOn) {
        return relationship(tenant, heldOn + "T12:00:00Z", "meeting-logged", r, null,
                Map.of("id", UUID.randomUUID().toString(), "heldOn", heldOn.toString(), "durationMinutes", 45, "channel", "video"));
    }

    public FeedEvents assignment(String tenant, String at, String change, UUID id, UUID programme, UUID relationship, String respondent,
                                 String role, String wave, LocalDate dueOn, String status) {
        Map<String, Object> data = new HashMap<>();
        data.put("change", change);
        data.put("assignmentId", id.toString());
        data.put("respondentId", respondent);
        data.put("instrumentKey", "relationship-quality");
        data.put("instrumentVersion", 1);
        data.put("programmeId", programme.toString());
        data.put("relationshipId", relationship == null ? null : relationship.toString());
        data.put("aboutPersonId", null);
        data.put("role", role);
        data.put("wave", wave);
        data.put("dueOn", dueOn == null ? null : dueOn.toString());
        data.put("status", status);
        data.put("createdAt", at);
        data.put("cancelledAt", "cancelled".equals(status) ? at : null);
        return add("assignments", tenant, "assignment", at, data);
    }

    /** A submitted response with one score per entry of {@code scores}; about the respondent unless {@code about} is given. */
    public FeedEvents scored(String tenant, Instant submittedAt, UUID assignment, UUID programme, UUID relationship, String respondent,
                             String about, String role, String wave, String instrumentKey, Map<String, Double> scores) {
        return scored(tenant, submittedAt, assignment, programme, relationship, respondent, about, role, wave, instrumentKey, scores, Map.of());
    }

    /** As above, with a label for some scores (an index's label, e.g. motive-orientation: other-focused). */
    public FeedEvents scored(String tenant, Instant submittedAt, UUID assignment, UUID programme, UUID relationship, String respondent,
                             String about, String role, String wave, String instrumentKey, Map<String, Double> scores, Map<String, String> labels) {
        Map<String, Object> data = new HashMap<>();
        data.put("responseId", UUID.randomUUID().toString());
        data.put("assignmentId", assignment == null ? null : assignment.toString());
        data.put("respondentId", respondent);
        data.put("instrumentId", UUID.nameUUIDFromBytes(instrumentKey.getBytes()).toString());
        data.put("instrumentKey", instrumentKey);
        data.put("instrumentVersion", 1);
        data.put("programmeId", programme.toString());
        data.put("relationshipId", relationship == null ? null : relationship.toString());
        data.put("aboutPersonId", about);
        data.put("role", role);
        data.put("wave", wave);
        data.put("dueOn", null);
        data.put("submittedAt", submittedAt.toString());
        data.put("subjectId", about == null ? respondent : about);
        data.put("perspective", about == null ? "self" : "other");
        data.put("scores", scores.entrySet().stream().map(s -> {
            Map<String, Object> score = new HashMap<>(Map.of("key", s.getKey(), "value", s.getValue(), "answered", 4, "expected", 4));
            score.put("label", labels.get(s.getKey()));
            return score;
        }).toList());
        return add("scored-responses", tenant, "scored-response", submittedAt.toString(), data);
    }

    /** A relationship erased by retention at matching-service: only its id and programme remain on the feed. */
    public FeedEvents relationshipErased(String tenant, String at, UUID relationship, UUID programme) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("change", "erased");
        data.put("relationshipId", relationship.toString());
        data.put("programmeId", programme.toString());
        return add("relationships", tenant, "relationship", at, data);
    }

    /** A person-erased event as both services send it (at one path: the stub serves survey's and matching's on one port). */
    public FeedEvents personErased(String tenant, String at, String personKey, boolean scoresKept) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("personKey", personKey);
        data.put("erasedAt", at);
        data.put("scoresKept", scoresKept);
        return add("person-erasures", tenant, "person-erased", at, data);
    }

    private FeedEvents add(String feed, String tenant, String type, String at, Map<String, Object> data) {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("tenant", tenant);
        event.put("type", type);
        event.put("occurredAt", at);
        event.put("data", data);
        feeds.get(feed).add(event);
        return this;
    }
}
