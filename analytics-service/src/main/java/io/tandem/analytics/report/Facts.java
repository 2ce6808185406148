package io.tandem.analytics.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** A programme's facts as the reports read them: plain records, loaded by {@link ReportData}. */
public final class Facts {

    private Facts() {
    }

    public record Participant(String personId, String role, String status, Map<String, String> diversity) {
        boolean mentored() {
            return role.equals("mentee") || role.equals("both");
        }
    }

    public record Relationship(String id, String mentorId, String menteeId, String phase, LocalDate startedOn, LocalDate endedOn,
                               boolean agreementConfirmed) {
        boolean active() {
            return !phase.equals("redefinition") && !phase.equals("ended");
        }
    }

    public record Meeting(String relationshipId, LocalDate heldOn) {
    }

    /** @param submittedAt null while not answered */
    public record Assignment(String relationshipId, String respondentId, String role, String wave, LocalDate dueOn, boolean cancelled,
                             Instant submittedAt) {
    }

    /** One scale score of a response in a relationship. */
    public record Score(String relationshipId, String respondentId, String role, String perspective, String wave, Instant submittedAt,
                        double value) {
    }

    public record Proposal(String mentorId, String menteeId, String mentorDecision) {
    }

    /** Everything one programme's reports need. */
    public record Programme(List<Participant> participants, List<Relationship> relationships, List<Meeting> meetings,
                            List<Assignment> assignments, List<Proposal> proposals) {
    }
}
