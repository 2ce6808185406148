package io.tandem.matching.run;

import io.tandem.matching.fairness.FairnessReport;
import io.tandem.matching.participant.Participant;
import io.tandem.matching.proposal.Proposal;
import io.tandem.matching.proposal.ProposalStatus;
import io.tandem.support.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Reports on a stored run. */
@ApplicationScoped
public class RunReports {

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
        Participant.<Participant>stream("programmeId", run.programmeId)
                .forEach(p -> attributes.put(p.personId, p.diversity == null ? Map.of() : p.diversity));
        List<FairnessReport.Mentee> mentees = new ArrayList<>();
        Proposal.<Proposal>stream("runId = ?1 and status <> ?2", run.id, ProposalStatus.WITHDRAWN)
                .forEach(p -> mentees.add(new FairnessReport.Mentee(p.score, attributes.getOrDefault(p.menteePersonId, Map.of()))));
        run.unmatchedMentees.forEach(left -> mentees.add(new FairnessReport.Mentee(null, attributes.getOrDefault(left.personId(), Map.of()))));
        return FairnessReport.of(mentees, attribute);
    }
}
