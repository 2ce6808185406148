package io.tandem.matching.programme;

import io.tandem.support.api.KeysetQuery;
import io.tandem.support.api.Page;
import io.tandem.support.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.UUID;

@ApplicationScoped
public class ProgrammeService {

    @Transactional
    public Programme create(ProgrammeDraft draft) {
        if (draft.endsOn().isBefore(draft.startsOn())) {
            throw ProblemException.invalid("endsOn", "must be on or after startsOn (" + draft.startsOn() + ")");
        }
        Programme programme = new Programme();
        programme.name = draft.name().strip();
        programme.description = draft.description();
        programme.type = draft.type();
        programme.status = ProgrammeStatus.DRAFT;
        programme.startsOn = draft.startsOn();
        programme.endsOn = draft.endsOn();
        programme.defaultMentorCapacity = draft.defaultMentorCapacity();
        programme.persist();
        return programme;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Programme get(UUID id) {
        return Programme.<Programme>find("id", id).firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("programme", id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<ProgrammeView> list(ProgrammeStatus status, String cursor, int limit) {
        return KeysetQuery.where().and("status = :status", "status", status)
                .page((q, p) -> Programme.find(q, p), cursor, limit, p -> p.id, ProgrammeView::of);
    }
}
