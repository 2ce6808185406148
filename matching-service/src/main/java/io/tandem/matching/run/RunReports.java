package io.tandem.matching.run;

import io.tandem.matching.fairness.FairnessReport;
import io.tandem.matching.participant.Participants;
import io.tandem.matching.proposal.ProposalService;
import io.tandem.matching.proposal.ProposalView;
import io.tandem.matching.settings.DisclosureRules;
import io.tandem.support.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
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
    DisclosureRules disclosure;

    @Transactional(Transactional.TxType.SUPPORTS)
    public MatchingRun run(UUID runId) {
        return MatchingRun.<MatchingRun>find("id", runId).firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("run", runId));
    }

    /**
     * The run's mentees, each once (a mentee-choice run proposes k mentors to each), with the best score
     * among their standing proposals that nobody declined: a declined proposal is not a match.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public FairnessReport.Report fairness(UUID runId, String attribute) {
        MatchingRun run = run(runId);
        Map<String, Map<String, String>> attributes = new HashMap<>();
        participants.ofProgramme(run.programmeId).forEach(p -> attributes.put(p.personId(), p.diversity() == null ? Map.of() : p.diversity()));
        Map<String, Integer> best = new LinkedHashMap<>();
        for (ProposalView proposal : proposals.standingOfRun(run.id)) {
            Integer score = "declined".equals(proposal.status()) ? null : proposal.score();
            best.merge(proposal.menteeId(), score == null ? NONE : score, Math::max);
        }
        run.unmatchedMentees.forEach(left -> best.putIfAbsent(left.personId(), NONE));
        List<FairnessReport.Mentee> mentees = new ArrayList<>();
        best.forEach((mentee, score) -> mentees.add(new FairnessReport.Mentee(mentee, score == NONE ? null : score,
                attributes.getOrDefault(mentee, Map.of()))));
        return FairnessReport.of(mentees, attribute, disclosure.minGroupSize());
    }

    /** Below every score (0..1000): the mentee has no standing match. */
    private static final int NONE = -1;
}
