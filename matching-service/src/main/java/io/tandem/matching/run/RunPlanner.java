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
import io.tandem.matching.participant.CompatibilityInputs;
import io.tandem.matching.participant.MeasuredScores;
import io.tandem.matching.participant.ParticipantView;
import io.tandem.matching.programme.MatchingSettings;
import io.tandem.matching.proposal.DraftPair;
import io.tandem.matching.survey.SurveyScores;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The pure middle of a run: eligible mentors, every pair's compatibility, the engine, and the
 * proposals with their explanations. No database and no remote call happen here.
 */
@ApplicationScoped
class RunPlanner {

    @Inject
    ObjectMapper json;

    RunPlan plan(RunInputs in, MeasuredScores measured, Map<String, Set<String>> missing) {
        MatchingSettings settings = in.settings();
        List<MatchingRun.Left> excluded = new ArrayList<>();
        List<ParticipantView> mentors = new ArrayList<>();
        List<Integer> room = new ArrayList<>();
        for (ParticipantView mentor : in.mentorCandidates()) {
            int capacity = mentor.capacity(in.programme().defaultMentorCapacity());
            int free = capacity - in.held().getOrDefault(mentor.personId(), 0);
            if (capacity > 0 && free <= 0) {
                continue; // full with accepted pairs: not a candidate, and not excluded either
            }
            Set<String> lacking = missing.getOrDefault(mentor.personId(), Set.of());
            if (!lacking.isEmpty()) {
                excluded.add(new MatchingRun.Left(mentor.personId(), "has not completed " + String.join(", ", new TreeSet<>(lacking))));
            } else if (capacity == 0) {
                excluded.add(new MatchingRun.Left(mentor.personId(), "has no mentoring capacity (0)"));
            } else {
                mentors.add(mentor);
                room.add(free);
            }
        }
        List<ParticipantView> mentees = in.mentees();
        Instant now = Instant.now();
        CompatibilityModel model = new CompatibilityModel(CompatibilityInputs.rules(in.programme(), settings, in.everyone()));
        MatchingSettings.SupportNeedSource needs = settings.supportNeedSource();
        Person[] mentorPeople = mentors.stream().map(p -> CompatibilityInputs.person(p, now, needs, null)).toArray(Person[]::new);
        Person[] menteePeople = mentees.stream().map(p -> CompatibilityInputs.person(p, now, needs, measured.need(p.personId()))).toArray(Person[]::new);
        Motives[] motives = mentors.stream().map(p -> measured.motives(p.personId())).toArray(Motives[]::new);

        int[] capacity = room.stream().mapToInt(Integer::intValue).toArray();
        MatchingProblem.Builder builder = MatchingProblem.builder(mentors.size(), mentees.size(), capacity);
        int[] allowed = new int[mentees.size()];
        long compatibilityStart = System.nanoTime();
        for (int j = 0; j < mentorPeople.length; j++) {
            for (int i = 0; i < menteePeople.length; i++) {
                if (in.earlierPairs().contains(mentorPeople[j].id() + "\u0000" + menteePeople[i].id())) {
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
        long start = System.nanoTime();
        List<List<Recommendations.Candidate>> recommended = null;
        Matching matching;
        if (settings.mode() == MatchingSettings.Mode.MENTEE_CHOICE) {
            recommended = Recommendations.topK(problem, settings.recommendations(), capacity);
            matching = firstChoices(recommended, mentees.size());
        } else if (settings.mode() == MatchingSettings.Mode.STABLE) {
            matching = Matching.of(problem, StablePreferences.solve(problem, mentors, mentees));
        } else {
            Objective objective = settings.objective() == MatchingSettings.Goal.HIGHEST_SCORE ? Objective.HIGHEST_SCORE : Objective.MOST_PARTICIPATION;
            matching = OptimalMatcher.solve(problem, objective);
        }
        long solveMillis = (System.nanoTime() - start) / 1_000_000;
        Matching greedy = GreedyMatcher.solve(problem);

        List<MatchingRun.Left> unmatched = new ArrayList<>();
        int[] scores = new int[matching.matched()];
        int k = 0;
        List<DraftPair> proposals = new ArrayList<>();
        for (int i = 0; i < mentees.size(); i++) {
            int j = matching.mentorOf()[i];
            if (j < 0) {
                unmatched.add(new MatchingRun.Left(mentees.get(i).personId(), unmatchedReason(settings.mode(), allowed[i])));
                continue;
            }
            List<Recommendations.Candidate> candidates = recommended == null ? List.of(new Recommendations.Candidate(j, 0))
                    : recommended.get(i);
            Integer rank = recommended == null ? null : 0;
            for (Recommendations.Candidate candidate : candidates) {
                int mentor = candidate.mentor();
                PairAssessment pair = model.assess(mentorPeople[mentor], menteePeople[i], motives[mentor]);
                if (rank == null || rank == 0) {
                    scores[k++] = pair.score();
                }
                rank = rank == null ? null : rank + 1;
                proposals.add(new DraftPair(mentorPeople[mentor].id(), menteePeople[i].id(), pair.score(), pair.factors(), rank));
            }
        }
        RunSummary summary = summary(in.mentorCandidates().size(), mentors.size(), mentees.size(), in.fixedMentees().size(), problem.pairs(),
                matching, greedy, scores, compatibilityMillis, solveMillis);
        return new RunPlan(hash(in, mentors, motives, measured), excluded, unmatched, summary, proposals);
    }

    private static Matching firstChoices(List<List<Recommendations.Candidate>> recommended, int mentees) {
        int[] first = new int[mentees];
        for (int i = 0; i < first.length; i++) {
            first[i] = recommended.get(i).isEmpty() ? -1 : recommended.get(i).get(0).mentor();
        }
        return new Matching(first, (int) Arrays.stream(first).filter(j -> j >= 0).count(),
                recommended.stream().filter(r -> !r.isEmpty()).mapToLong(r -> r.get(0).score()).sum());
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

    private static RunSummary summary(int mentorCount, int eligible, int menteeCount, int fixed, long pairs, Matching matching,
                                      Matching greedy, int[] scores, long compatibilityMillis, long solveMillis) {
        Arrays.sort(scores);
        boolean any = scores.length > 0;
        return new RunSummary(mentorCount, eligible, menteeCount, fixed, pairs, matching.matched(), menteeCount - matching.matched(),
                matching.totalScore(), any ? (double) matching.totalScore() / scores.length : null, any ? scores[0] : null,
                any ? scores[(scores.length - 1) / 2] : null, any ? scores[scores.length - 1] : null, greedy.matched(),
                greedy.totalScore(), compatibilityMillis, solveMillis);
    }

    private String hash(RunInputs in, List<ParticipantView> mentors, Motives[] motives, MeasuredScores scores) {
        InputHash hash = new InputHash().add(in.programme().type()).add(in.programme().defaultMentorCapacity());
        try {
            hash.add(json.writeValueAsString(in.settings()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        for (int j = 0; j < mentors.size(); j++) {
            addParticipant(hash.add("mentor"), mentors.get(j)).add(motives[j]);
        }
        for (ParticipantView mentee : in.mentees()) {
            addParticipant(hash.add("mentee"), mentee).add(scores.need(mentee.personId()));
        }
        in.earlierPairs().stream().sorted().forEach(hash::add);
        in.fixedPairs().forEach(pair -> hash.add("fixed").add(pair));
        return hash.hex();
    }

    private static InputHash addParticipant(InputHash hash, ParticipantView p) {
        return hash.add(p.personId()).add(p.role()).add(p.careerStage()).add(p.currentTrack()).add(p.managerId()).add(p.timeZone())
                .add(p.mentorCapacity()).add(p.supportNeed()).add(p.languages()).add(p.skillsOffered()).add(p.learningGoals())
                .add(p.learningInterests()).add(p.aspirations()).add(p.pastTracks()).add(p.challengesOvercome()).add(p.currentChallenges())
                .add(p.values()).add(p.workStyle()).add(p.preferences());
    }
}
