package io.tandem.analytics.report;

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


    /**
     * Check-in assignments (not cancelled) of one wave and side, counted in the database; {@code role} null: the whole wave.
     *
     * @param overdue open past their due date
     */
    public record Completion(String wave, String role, int people, int assigned, int answered, int overdue) {
    }

    /** A side's self-reported score falling between two consecutive answers of a relationship. */
    public record Drop(String relationshipId, String role, String fromWave, String toWave, double from, double to) {
    }

    /** Mean self-reported score of one wave and side: answers and the people who gave them. */
    public record WaveMean(String wave, String role, double mean, int answers, int people) {
    }

    public record Proposal(String mentorId, String menteeId, String mentorDecision) {
    }

    /** Everything one programme's reports need. */
    /**
     * @param meetingsByDay  meetings logged per day
     * @param lastMeeting    per relationship, its latest meeting
     * @param missed         per relationship, check-ins past due and unanswered
     * @param answeredByDay  check-ins answered per day (tenant's time zone)
     */
    public record Programme(List<Participant> participants, List<Relationship> relationships, Map<LocalDate, Integer> meetingsByDay,
                            Map<String, LocalDate> lastMeeting, List<Proposal> proposals, List<Completion> completion,
                            Map<String, Integer> missed, Map<LocalDate, Integer> answeredByDay) {

        int meetings() {
            return meetingsByDay.values().stream().mapToInt(Integer::intValue).sum();
        }
    }
}
