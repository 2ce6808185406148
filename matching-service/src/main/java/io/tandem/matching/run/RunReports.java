package io.tandem.matching.run;

import io.tandem.matching.fairness.FairnessReport;
import io.tandem.matching.participant.Participant;
import io.tandem.support.api.KeysetQuery;
import io.tandem.support.api.Page;
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

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<ProposalView> proposals(UUID runId, String cursor, int limit) {
        MatchingRun run = run(runId);
        return KeysetQuery.where().and("runId = :run", "run", run.id)
                .page((q, p) -> Proposal.<Proposal>find(q, p), cursor, limit, p -> p.id, (Proposal p) -> ProposalView.of(p));
    }

    /** The run's mentees (proposed or left unmatched) with their scores and self-identified attributes. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public FairnessReport.Report fairness(UUID runId, String attribute) {
        MatchingRun run = run(runId);
        Map<String, Map<String, String>> attributes = new HashMap<>();
        Participant.<Participant>stream("programmeId", run.programmeId)
                .forEach(p -> attributes.put(p.personId, p.diversity == null ? Map.of() : p.diversity));
        List<FairnessReport.Mentee> mentees = new ArrayList<>();
        Proposal.<Proposal>stream("runId = ?1 and status <> ?2", run.id, Proposal.Status.WITHDRAWN)
                .forEach(p -> mentees.add(new FairnessReport.Mentee(p.score, attributes.getOrDefault(p.menteePersonId, Map.of()))));
        run.unmatchedMentees.forEach(left -> mentees.add(new FairnessReport.Mentee(null, attributes.getOrDefault(left.personId(), Map.of()))));
        return FairnessReport.of(mentees, attribute);
    }
}
