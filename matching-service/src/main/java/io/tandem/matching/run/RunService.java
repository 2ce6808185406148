package io.tandem.matching.run;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tandem.matching.compatibility.CompatibilityModel;
import io.tandem.matching.compatibility.Motives;
import io.tandem.matching.compatibility.PairAssessment;
import io.tandem.matching.compatibility.Person;
import io.tandem.matching.engine.GreedyMatcher;
import io.tandem.matching.engine.Matching;
import io.tandem.matching.engine.MatchingProblem;
import io.tandem.matching.engine.Objective;
import io.tandem.matching.engine.OptimalMatcher;
import io.tandem.matching.engine.Recommendations;
import io.tandem.matching.participant.Participant;
import io.tandem.matching.participant.ParticipantStatus;
import io.tandem.matching.programme.MatchingSettings;
import io.tandem.matching.programme.Programme;
import io.tandem.matching.programme.ProgrammeService;
import io.tandem.matching.programme.ProgrammeStatus;
import io.tandem.matching.survey.SurveyScores;
import io.tandem.support.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * A matching run: active participants and their latest motive scores (one batched survey-service
 * call), compatibility of every pair, the optimal engine, and the stored result.
 */
@ApplicationScoped
public class RunService {

    @Inject
    ProgrammeService programmes;

    @Inject
    SurveyScores surveyScores;

    @Inject
    ObjectMapper json;

    @Transactional
    public MatchingRun run(UUID programmeId) {
        Programme programme = programmes.get(programmeId);
        if (programme.status != ProgrammeStatus.ENROLLING && programme.status != ProgrammeStatus.MATCHING) {
            throw ProblemException.conflict("Runs are made while a programme is enrolling or matching; this one is "
                    + programme.status.name().toLowerCase() + ".");
        }
        MatchingSettings settings = programme.settings.withDefaults();
        List<Participant> everyone = Participant.list("programmeId = ?1 order by personId", programme.id);
        List<Participant> active = everyone.stream().filter(p -> p.status == ParticipantStatus.ACTIVE).toList();
        // accepted pairs stay: their mentees are not matched again, and they use their mentors' capacity
        Map<String, Integer> fixedLoad = new java.util.HashMap<>();
        Set<String> fixedMentees = new HashSet<>();
        Proposal.<Proposal>stream("programmeId = ?1 and status = ?2", programme.id, Proposal.Status.ACCEPTED).forEach(p -> {
            fixedMentees.add(p.menteePersonId);
            fixedLoad.merge(p.mentorPersonId, 1, Integer::sum);
        });
        List<Participant> mentorCandidates = active.stream().filter(p -> p.role.mentors()).toList();
        List<Participant> mentees = active.stream().filter(p -> p.role.mentored() && !fixedMentees.contains(p.personId)).toList();
        List<String> mentorIds = mentorCandidates.stream().map(p -> p.personId).toList();

        SurveyScores.Result motiveScores = surveyScores.latest(Profiles.MOTIVES_INSTRUMENT, mentorIds, Profiles.MOTIVE_SCALES);
        Map<String, Set<String>> missing = missingInstruments(settings, mentorIds, motiveScores);
        List<MatchingRun.Left> excluded = new ArrayList<>();
        List<Participant> mentors = new ArrayList<>();
        for (Participant mentor : mentorCandidates) {
            int capacity = mentor.mentorCapacity != null ? mentor.mentorCapacity : programme.defaultMentorCapacity;
            if (fixedLoad.getOrDefault(mentor.personId, 0) >= capacity && capacity > 0) {
                continue;
            }
            Set<String> lacking = missing.getOrDefault(mentor.personId, Set.of());
            if (!lacking.isEmpty()) {
                excluded.add(new MatchingRun.Left(mentor.personId, "has not completed " + String.join(", ", new java.util.TreeSet<>(lacking))));
            } else if (capacity == 0) {
                excluded.add(new MatchingRun.Left(mentor.personId, "has no mentoring capacity (0)"));
            } else {
                mentors.add(mentor);
            }
        }

        Instant now = Instant.now();
        CompatibilityModel model = new CompatibilityModel(Profiles.rules(programme, settings, everyone));
        Person[] mentorPeople = mentors.stream().map(p -> Profiles.person(p, now)).toArray(Person[]::new);
        Person[] menteePeople = mentees.stream().map(p -> Profiles.person(p, now)).toArray(Person[]::new);
        Motives[] motives = mentors.stream().map(p -> Profiles.motives(motiveScores.byPerson().get(p.personId))).toArray(Motives[]::new);
        Set<String> earlierPairs = settings.avoidRepairing() ? earlierPairs(programme.id) : Set.of();

        int[] capacity = mentors.stream().mapToInt(p -> (p.mentorCapacity != null ? p.mentorCapacity : programme.defaultMentorCapacity)
                - fixedLoad.getOrDefault(p.personId, 0)).toArray();
        MatchingProblem.Builder builder = MatchingProblem.builder(mentors.size(), mentees.size(), capacity);
        int[] allowed = new int[mentees.size()];
        long compatibilityStart = System.nanoTime();
        for (int j = 0; j < mentorPeople.length; j++) {
            for (int i = 0; i < menteePeople.length; i++) {
                if (earlierPairs.contains(mentorPeople[j].id() + "\u0000" + menteePeople[i].id())) {
                    continue;
                }
                int score = model.score(mentorPeople[j], menteePeople[i], motives[j]);
                if (score >= 0) {
                    builder.pair(j, i, score);
                    allowed[i]++;
                }
            }
        }
        MatchingProblem problem = builder.build();
        long compatibilityMillis = (System.nanoTime() - compatibilityStart) / 1_000_000;
        Objective objective = settings.objective() == MatchingSettings.Goal.HIGHEST_SCORE ? Objective.HIGHEST_SCORE : Objective.MOST_PARTICIPATION;
        long start = System.nanoTime();
        List<List<Recommendations.Candidate>> recommended = null;
        Matching matching;
        if (settings.mode() == MatchingSettings.Mode.MENTEE_CHOICE) {
            recommended = Recommendations.topK(problem, settings.recommendations(), capacity);
            int[] first = new int[mentees.size()];
            for (int i = 0; i < first.length; i++) {
                first[i] = recommended.get(i).isEmpty() ? -1 : recommended.get(i).get(0).mentor();
            }
            matching = new Matching(first, (int) java.util.Arrays.stream(first).filter(j -> j >= 0).count(),
                    recommended.stream().filter(r -> !r.isEmpty()).mapToLong(r -> r.get(0).score()).sum());
        } else if (settings.mode() == MatchingSettings.Mode.STABLE) {
            matching = Matching.of(problem, StablePreferences.solve(problem, mentors, mentees));
        } else {
            matching = OptimalMatcher.solve(problem, objective);
        }
        long solveMillis = (System.nanoTime() - start) / 1_000_000;
        Matching greedy = GreedyMatcher.solve(problem);

        MatchingRun run = new MatchingRun();
        run.programmeId = programme.id;
        run.settings = settings;
        run.inputHash = hash(programme, settings, mentors, mentees, motives, earlierPairs);
        run.excludedMentors = excluded;
        run.unmatchedMentees = new ArrayList<>();
        int[] scores = new int[matching.matched()];
        int k = 0;
        List<Proposal> proposals = new ArrayList<>();
        for (int i = 0; i < mentees.size(); i++) {
            int j = matching.mentorOf()[i];
            if (j < 0) {
                run.unmatchedMentees.add(new MatchingRun.Left(mentees.get(i).personId, unmatchedReason(settings.mode(), allowed[i])));
                continue;
            }
            if (recommended == null) {
                PairAssessment pair = model.assess(mentorPeople[j], menteePeople[i], motives[j]);
                scores[k++] = pair.score();
                proposals.add(proposal(programme, mentorPeople[j], menteePeople[i], pair, null));
                continue;
            }
            int rank = 0;
            for (Recommendations.Candidate candidate : recommended.get(i)) {
                PairAssessment pair = model.assess(mentorPeople[candidate.mentor()], menteePeople[i], motives[candidate.mentor()]);
                if (rank == 0) {
                    scores[k++] = pair.score();
                }
                proposals.add(proposal(programme, mentorPeople[candidate.mentor()], menteePeople[i], pair, ++rank));
            }
        }
        run.summary = summary(mentorCandidates.size(), mentors.size(), mentees.size(), fixedMentees.size(), problem.pairs(), matching, greedy,
                scores, compatibilityMillis, solveMillis);
        run.persist();
        for (Proposal proposal : proposals) {
            proposal.runId = run.id;
            proposal.persist();
        }
        return run;
    }

    private static Proposal proposal(Programme programme, Person mentor, Person mentee, PairAssessment pair, Integer rank) {
        Proposal proposal = new Proposal();
        proposal.programmeId = programme.id;
        proposal.mentorPersonId = mentor.id();
        proposal.menteePersonId = mentee.id();
        proposal.score = pair.score();
        proposal.factors = pair.factors();
        proposal.status = Proposal.Status.PROPOSED;
        proposal.recommendationRank = rank;
        return proposal;
    }

    private static String unmatchedReason(MatchingSettings.Mode mode, int allowedMentors) {
        if (allowedMentors == 0) {
            return "no allowed mentor: hard rules or missing surveys ruled out every mentor";
        }
        return switch (mode) {
            case MENTEE_CHOICE -> "no allowed mentor has room left";
            case STABLE -> "no stable partner: each of the " + allowedMentors + " acceptable mentors is full with mentees they rank higher";
            default -> "capacity exhausted: all " + allowedMentors + " allowed mentors are needed for other mentees";
        };
    }

    /** One pair's compatibility from the current profiles and the mentor's latest motive scores. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PairAssessment explain(UUID programmeId, String mentorId, String menteeId) {
        Programme programme = programmes.get(programmeId);
        MatchingSettings settings = programme.settings.withDefaults();
        List<Participant> everyone = Participant.list("programmeId", programme.id);
        Participant mentor = find(everyone, mentorId, "mentor");
        Participant mentee = find(everyone, menteeId, "mentee");
        if (!mentor.role.mentors()) {
            throw ProblemException.invalid("mentorId", mentorId + " is enrolled as a mentee only");
        }
        if (!mentee.role.mentored()) {
            throw ProblemException.invalid("menteeId", menteeId + " is enrolled as a mentor only");
        }
        SurveyScores.Result scores = surveyScores.latest(Profiles.MOTIVES_INSTRUMENT, List.of(mentorId), Profiles.MOTIVE_SCALES);
        Instant now = Instant.now();
        return new CompatibilityModel(Profiles.rules(programme, settings, everyone))
                .assess(Profiles.person(mentor, now), Profiles.person(mentee, now), Profiles.motives(scores.byPerson().get(mentorId)));
    }

    private static Participant find(List<Participant> everyone, String personId, String role) {
        return everyone.stream().filter(p -> p.personId.equals(personId)).findFirst()
                .orElseThrow(() -> new ProblemException(io.tandem.support.problem.ProblemType.NOT_FOUND,
                        "No " + role + " " + personId + " in this programme."));
    }

    private Map<String, Set<String>> missingInstruments(MatchingSettings settings, List<String> mentorIds, SurveyScores.Result motives) {
        Map<String, Set<String>> missing = new java.util.HashMap<>();
        for (String key : settings.requiredInstruments()) {
            List<String> without = key.equals(Profiles.MOTIVES_INSTRUMENT)
                    ? mentorIds.stream().filter(id -> Profiles.motives(motives.byPerson().get(id)) == null).toList()
                    : surveyScores.latest(key, mentorIds, null).without();
            without.forEach(id -> missing.computeIfAbsent(id, x -> new HashSet<>()).add(key));
        }
        return missing;
    }

    private static Set<String> earlierPairs(UUID programmeId) {
        Set<String> pairs = new HashSet<>();
        Proposal.<Proposal>stream("programmeId", programmeId).forEach(p -> pairs.add(p.mentorPersonId + "\u0000" + p.menteePersonId));
        return pairs;
    }

    private static RunSummary summary(int mentorCount, int eligible, int menteeCount, int fixed, long pairs, Matching matching,
                                      Matching greedy, int[] scores, long compatibilityMillis, long solveMillis) {
        Arrays.sort(scores);
        boolean any = scores.length > 0;
        return new RunSummary(mentorCount, eligible, menteeCount, fixed, pairs, matching.matched(), menteeCount - matching.matched(),
                matching.totalScore(), any ? (double) matching.totalScore() / scores.length : null, any ? scores[0] : null,
                any ? scores[(scores.length - 1) / 2] : null, any ? scores[scores.length - 1] : null, greedy.matched(),
                greedy.totalScore(), compatibilityMillis, solveMillis);
    }

    private String hash(Programme programme, MatchingSettings settings, List<Participant> mentors, List<Participant> mentees,
                        Motives[] motives, Set<String> earlierPairs) {
        InputHash hash = new InputHash().add(programme.type).add(programme.defaultMentorCapacity);
        try {
            hash.add(json.writeValueAsString(settings));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        for (int j = 0; j < mentors.size(); j++) {
            addParticipant(hash.add("mentor"), mentors.get(j)).add(motives[j]);
        }
        for (Participant mentee : mentees) {
            addParticipant(hash.add("mentee"), mentee);
        }
        earlierPairs.stream().sorted().forEach(hash::add);
        Proposal.<Proposal>stream("programmeId = ?1 and status = ?2 order by menteePersonId", programme.id, Proposal.Status.ACCEPTED)
                .forEach(p -> hash.add("fixed").add(p.mentorPersonId).add(p.menteePersonId));
        return hash.hex();
    }

    private static InputHash addParticipant(InputHash hash, Participant p) {
        return hash.add(p.personId).add(p.role).add(p.careerStage).add(p.currentTrack).add(p.managerId).add(p.timeZone)
                .add(p.mentorCapacity).add(p.supportNeed).add(p.languages).add(p.skillsOffered).add(p.learningGoals)
                .add(p.learningInterests).add(p.aspirations).add(p.pastTracks).add(p.challengesOvercome).add(p.currentChallenges)
                .add(p.values).add(p.workStyle).add(p.preferences);
    }
}
