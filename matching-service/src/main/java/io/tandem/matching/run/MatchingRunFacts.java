package io.tandem.matching.run;

import io.tandem.matching.proposal.RunFacts;
import io.tandem.support.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.UUID;
import java.util.stream.Collectors;

/** Tells the proposal feature what it needs of a stored run. */
@ApplicationScoped
class MatchingRunFacts implements RunFacts {

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Run of(UUID runId) {
        MatchingRun run = MatchingRun.<MatchingRun>find("id", runId).firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("run", runId));
        return new Run(run.id, run.settings, run.excludedMentors.stream().map(MatchingRun.Left::personId).collect(Collectors.toSet()),
                run.publishedAt != null);
    }
}
