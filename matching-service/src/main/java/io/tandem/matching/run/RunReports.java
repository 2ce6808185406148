package io.tandem.matching.run;

import io.tandem.matching.fairness.FairnessReport;
import io.tandem.matching.participant.Participants;
import io.tandem.matching.proposal.ProposalService;
import io.tandem.support.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Reports on a stored run. */
@ApplicationScoped
public class RunReports {

    @Inject
    Participants participants;

    @Inject
    ProposalService proposals;

    @Inject
    FairnessConfig fairnessConfig;

    /** Disclosure: attribute groups smaller than this show no figures. */
    @io.smallrye.config.ConfigMapping(prefix = "tandem.fairness")
    public interface FairnessConfig {
        @io.smallrye.config.WithDefault("5")
        @jakarta.validation.constraints.Min(3)
        int minGroupSize();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public MatchingRun run(UUID runId) {
        return MatchingRun.<MatchingRun>find("id", runId).firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("run", runId));
    }

    /** The run's mentees (proposed or left unmatched) with their scores and self-identified attributes. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public FairnessReport.Report fairness(UUID runId, String attribute) {
        MatchingRun run = run(runId);
        Map<String, Map<String, String>> attributes = new HashMap<>();
        participants.ofProgramme(run.programmeId).forEach(p -> attributes.put(p.personId(), p.diversity() == null ? Map.of() : p.diversity()));
        List<FairnessReport.Mentee> mentees = new ArrayList<>();
        proposals.standingOfRun(run.id)
                .forEach(p -> mentees.add(new FairnessReport.Mentee(p.score(), attributes.getOrDefault(p.menteeId(), Map.of()))));
        run.unmatchedMentees.forEach(left -> mentees.add(new FairnessReport.Mentee(null, attributes.getOrDefault(left.personId(), Map.of()))));
        return FairnessReport.of(mentees, attribute, fairnessConfig.minGroupSize());
    }
}
