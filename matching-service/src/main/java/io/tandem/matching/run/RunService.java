package io.tandem.matching.run;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.tandem.matching.compatibility.CompatibilityModel;
import io.tandem.matching.compatibility.PairAssessment;
import io.tandem.matching.participant.CompatibilityInputs;
import io.tandem.matching.participant.MeasuredScores;
import io.tandem.matching.participant.ParticipantView;
import io.tandem.matching.participant.Participants;
import io.tandem.matching.participant.ParticipantStatus;
import io.tandem.matching.programme.MatchingSettings;
import io.tandem.matching.programme.ProgrammeView;
import io.tandem.matching.programme.ProgrammeService;
import io.tandem.matching.programme.ProgrammeStatus;
import io.tandem.matching.proposal.MentorPlaces;
import io.tandem.matching.proposal.ProposalService;
import io.tandem.matching.survey.SurveyScores;
import io.tandem.support.problem.ProblemException;
import io.tandem.support.problem.ProblemType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.faulttolerance.Bulkhead;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * A matching run in three steps: load (one short read transaction), the remote motive scores and
 * the pure plan outside any transaction, then store (one write transaction that checks the
 * accepted pairs did not change meanwhile). At most a few runs execute at once per instance
 * (bulkhead, {@code tandem.matching.concurrent-runs}); more get 503 with Retry-After.
 */
@ApplicationScoped
public class RunService {

    @Inject
    io.tandem.support.feed.Outbox outbox;

    @Inject
    ProgrammeService programmes;
    @Inject
    Participants participants;


    @Inject
    ProposalService proposals;

    @Inject
    SurveyScores surveyScores;

    @Inject
    RunPlanner planner;

    @Bulkhead
    public MatchingRun run(UUID programmeId) {
        RunInputs inputs = QuarkusTransaction.requiringNew().call(() -> load(programmeId));
        List<String> mentorIds = inputs.mentorIds();
        MeasuredScores scores = MeasuredScores.fetch(surveyScores, inputs.settings(), mentorIds,
                inputs.mentees().stream().map(ParticipantView::personId).toList());
        Map<String, Set<String>> missing = missingInstruments(inputs.settings(), mentorIds, scores);
        RunPlan plan = planner.plan(inputs, scores, missing);
        return QuarkusTransaction.requiringNew().call(() -> store(inputs, plan));
    }

    private RunInputs load(UUID programmeId) {
        ProgrammeView programme = programmes.view(programmeId);
        requireMatchable(programme);
        MatchingSettings settings = programme.settings();
        List<ParticipantView> everyone = participants.ofProgramme(programme.id());
        List<String> fixedPairs = fixedPairs(programme.id());
        Set<String> fixedMentees = new HashSet<>();
        fixedPairs.forEach(pair -> fixedMentees.add(pair.substring(pair.indexOf('\u0000') + 1)));
        List<ParticipantView> active = everyone.stream().filter(p -> p.status() == ParticipantStatus.ACTIVE).toList();
        List<ParticipantView> mentorCandidates = active.stream().filter(p -> p.role().mentors()).toList();
        List<ParticipantView> mentees = active.stream().filter(p -> p.role().mentored() && !fixedMentees.contains(p.personId())).toList();
        Map<String, Integer> held = proposals.placesHeld(programme.id(), MentorPlaces.View.DRAFT_RUN, null);
        Set<String> earlier = settings.avoidRepairing() ? earlierPairs(programme.id()) : Set.of();
        return new RunInputs(programme, settings, everyone, mentorCandidates, mentees, fixedMentees, held, fixedPairs, earlier);
    }

    private MatchingRun store(RunInputs inputs, RunPlan plan) {
        ProgrammeView programme = programmes.lockView(inputs.programme().id());
        requireMatchable(programme);
        if (!fixedPairs(programme.id()).equals(inputs.fixedPairs())) {
            throw ProblemException.conflict("Pairs were accepted while the run was computed; nothing was stored. Run again.");
        }
        MatchingRun run = new MatchingRun();
        run.programmeId = programme.id();
        run.settings = inputs.settings();
        run.inputHash = plan.inputHash();
        run.excludedMentors = plan.excludedMentors();
        run.unmatchedMentees = plan.unmatchedMentees();
        run.summary = plan.summary();
        run.persist();
        proposals.storeDrafts(run.programmeId, run.id, plan.proposals());
        return run;
    }

    private static void requireMatchable(ProgrammeView programme) {
        if (programme.status() != ProgrammeStatus.MATCHING) {
            throw ProblemException.conflict("Runs are made while a programme is matching; this one is "
                    + programme.status().name().toLowerCase() + ".");
        }
    }

    /** Outbox events of runs (webhook run.published); analytics reads proposals, not these. */
    public static final String RUN_EVENTS = "run";

    record RunPublished(String change, UUID runId, UUID programmeId, Instant publishedAt) {
    }

    /** Publishes a run: its proposals go to both people, undecided ones of earlier runs are withdrawn. */
    @Transactional
    public MatchingRun publish(UUID runId) {
        MatchingRun run = MatchingRun.<MatchingRun>find("id", runId).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("run", runId));
        if (run.publishedAt != null) {
            throw ProblemException.conflict("The run was published at " + run.publishedAt + ".");
        }
        if (MatchingRun.count("programmeId = ?1 and id > ?2", run.programmeId, run.id) > 0) {
            throw ProblemException.conflict("A newer run of this programme exists; publish that one.");
        }
        proposals.publishRun(run.programmeId, run.id);
        run.publishedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        outbox.append(RUN_EVENTS, run.id, new RunPublished("published", run.id, run.programmeId, run.publishedAt));
        return run;
    }

    /** One pair's compatibility from the current profiles and the mentor's latest motive scores. */
    public PairAssessment explain(UUID programmeId, String mentorId, String menteeId) {
        record Loaded(ProgrammeView programme, List<ParticipantView> everyone, ParticipantView mentor, ParticipantView mentee) {
        }
        Loaded loaded = QuarkusTransaction.requiringNew().call(() -> {
            ProgrammeView programme = programmes.view(programmeId);
            List<ParticipantView> everyone = participants.ofProgramme(programme.id());
            return new Loaded(programme, everyone, find(everyone, mentorId, "mentor"), find(everyone, menteeId, "mentee"));
        });
        if (!loaded.mentor().role().mentors()) {
            throw ProblemException.invalid("mentorId", mentorId + " is enrolled as a mentee only");
        }
        if (!loaded.mentee().role().mentored()) {
            throw ProblemException.invalid("menteeId", menteeId + " is enrolled as a mentor only");
        }
        MatchingSettings settings = loaded.programme().settings();
        MeasuredScores scores = MeasuredScores.fetch(surveyScores, settings, List.of(mentorId), List.of(menteeId));
        Instant now = Instant.now();
        return new CompatibilityModel(CompatibilityInputs.rules(loaded.programme(), settings, loaded.everyone()))
                .assess(CompatibilityInputs.person(loaded.mentor(), now, settings.supportNeedSource(), null),
                        CompatibilityInputs.person(loaded.mentee(), now, settings.supportNeedSource(), scores.need(menteeId)),
                        scores.motives(mentorId));
    }

    private static ParticipantView find(List<ParticipantView> everyone, String personId, String role) {
        return everyone.stream().filter(p -> p.personId().equals(personId)).findFirst()
                .orElseThrow(() -> new ProblemException(ProblemType.NOT_FOUND, "No " + role + " " + personId + " in this programme."));
    }

    private Map<String, Set<String>> missingInstruments(MatchingSettings settings, List<String> mentorIds, MeasuredScores scores) {
        Map<String, Set<String>> missing = new HashMap<>();
        for (String key : settings.requiredInstruments()) {
            List<String> without = key.equals(settings.motiveInstrument())
                    ? mentorIds.stream().filter(id -> scores.motives(id) == null).toList()
                    : surveyScores.latest(key, mentorIds, null, settings.maxScoreAgeDays()).without();
            without.forEach(id -> missing.computeIfAbsent(id, x -> new HashSet<>()).add(key));
        }
        return missing;
    }

    /** Accepted pairs of the programme as "mentor\0mentee", sorted. */
    private List<String> fixedPairs(UUID programmeId) {
        return proposals.pairs(programmeId, true).stream().sorted().toList();
    }

    private Set<String> earlierPairs(UUID programmeId) {
        return new HashSet<>(proposals.pairs(programmeId, false));
    }
}
