package io.tandem.matching.programme;

import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import io.tandem.support.api.ETags;
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
        programme.settings = settings(draft);
        programme.persist();
        return programme;
    }

    @Transactional
    public Programme replace(UUID id, String ifMatch, ProgrammeDraft draft) {
        Programme programme = locked(id);
        ETags.require(ifMatch, programme.etag());
        if (programme.status == ProgrammeStatus.CLOSED) {
            throw ProblemException.conflict("The programme is closed and cannot change.");
        }
        if (draft.type() != programme.type && programme.status != ProgrammeStatus.DRAFT) {
            throw ProblemException.conflict("The programme type can change only while the programme is a draft.");
        }
        if (draft.endsOn().isBefore(draft.startsOn())) {
            throw ProblemException.invalid("endsOn", "must be on or after startsOn (" + draft.startsOn() + ")");
        }
        programme.name = draft.name().strip();
        programme.description = draft.description();
        programme.type = draft.type();
        programme.startsOn = draft.startsOn();
        programme.endsOn = draft.endsOn();
        programme.defaultMentorCapacity = draft.defaultMentorCapacity();
        programme.settings = settings(draft);
        return programme;
    }

    @Inject
    Event<ProgrammeClosed> closed;

    /**
     * Moves the programme along draft -> enrolling -> matching -> running -> closed (matching may go back to
     * enrolling); closing it moves its early relationships to separation.
     */
    @Transactional
    public Programme transition(UUID id, String ifMatch, ProgrammeStatus to) {
        Programme programme = locked(id);
        if (ifMatch != null) {
            ETags.require(ifMatch, programme.etag());
        }
        if (!programme.status.mayBecome(to)) {
            throw ProblemException.conflict("A " + programme.status.name().toLowerCase() + " programme cannot become "
                    + to.name().toLowerCase() + ".");
        }
        programme.status = to;
        if (to == ProgrammeStatus.CLOSED) {
            closed.fire(new ProgrammeClosed(programme.id));
        }
        return programme;
    }

    private Programme locked(UUID id) {
        return Programme.<Programme>find("id", id).withLock(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE).firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("programme", id));
    }

    static MatchingSettings settings(ProgrammeDraft draft) {
        MatchingSettings settings = (draft.settings() == null ? MatchingSettings.DEFAULTS : draft.settings()).withDefaults();
        if (settings.effectiveWeights().allZero()) {
            throw ProblemException.invalid("settings.weights", settings.weights().allZero() ? "at least one factor needs a weight above 0"
                    : "with motiveUse monitor-only, a factor other than motiveFit needs a weight above 0");
        }
        for (int k = 0; k < settings.exclusions().size(); k++) {
            if (settings.exclusions().get(k).get(0).equals(settings.exclusions().get(k).get(1))) {
                throw ProblemException.invalid("settings.exclusions[" + k + "]", "names the same person twice");
            }
        }
        return settings;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Programme get(UUID id) {
        return Programme.<Programme>find("id", id).firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("programme", id));
    }

    /** The programme as other features read it; 404 outside the caller's tenant. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ProgrammeView view(UUID id) {
        return ProgrammeView.of(get(id));
    }

    /**
     * Locks the programme row until the caller's transaction ends, so changes that must see a
     * stable programme (a run being stored) are serialised, and returns it as a value.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public ProgrammeView lockView(UUID id) {
        return ProgrammeView.of(locked(id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<ProgrammeView> list(ProgrammeStatus status, String cursor, int limit) {
        return KeysetQuery.where().and("status = :status", "status", status)
                .page((q, p) -> Programme.find(q, p), cursor, limit, p -> p.id, ProgrammeView::of);
    }
}
