package io.tandem.survey.instrument;

import io.tandem.support.api.ETags;
import io.tandem.support.api.KeysetQuery;
import io.tandem.support.api.Page;
import io.tandem.support.problem.FieldError;
import io.tandem.support.problem.ProblemException;
import io.tandem.support.problem.ProblemType;
import io.tandem.survey.definition.FormSpecs;
import io.tandem.survey.rules.DefinitionProblem;
import io.tandem.survey.rules.DefinitionValidator;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/** Authoring of the tenant's own instruments: drafts, publishing, new versions, retirement. */
@ApplicationScoped
public class InstrumentService {

    @Inject
    InstrumentCatalog catalog;

    @Transactional
    public Instrument createDraft(InstrumentDraft draft) {
        requireDefaultTitle(draft);
        if (Instrument.count("instrumentKey", draft.key()) > 0 || catalog.isBuiltInKey(draft.key())) {
            throw ProblemException.conflict("An instrument with key '" + draft.key() + "' already exists.");
        }
        Instrument instrument = new Instrument();
        instrument.instrumentKey = draft.key();
        instrument.versionNumber = 1;
        instrument.status = InstrumentStatus.DRAFT;
        apply(instrument, draft);
        instrument.persist();
        return instrument;
    }

    @Transactional
    public Instrument replaceDraft(UUID id, String ifMatch, InstrumentDraft draft) {
        Instrument instrument = ownForChange(id, ifMatch, true);
        requireDraft(instrument, "changed");
        if (!instrument.instrumentKey.equals(draft.key())) {
            throw ProblemException.invalid("key", "cannot change; it is '" + instrument.instrumentKey + "'");
        }
        requireDefaultTitle(draft);
        apply(instrument, draft);
        return instrument;
    }

    @Transactional
    public void deleteDraft(UUID id, String ifMatch) {
        Instrument instrument = ownForChange(id, ifMatch, true);
        requireDraft(instrument, "deleted");
        instrument.delete();
    }

    @Transactional
    public Instrument publish(UUID id, String ifMatch) {
        Instrument instrument = ownForChange(id, ifMatch, false);
        requireDraft(instrument, "published");
        List<DefinitionProblem> problems = DefinitionValidator.validate(FormSpecs.of(instrument.definition), instrument.title.keySet());
        if (!problems.isEmpty()) {
            throw new ProblemException(ProblemType.UNPROCESSABLE,
                    "The definition has " + problems.size() + " problem(s); fix them all and publish again.",
                    problems.stream().map(p -> new FieldError(p.field(), p.message())).toList());
        }
        instrument.status = InstrumentStatus.PUBLISHED;
        instrument.publishedAt = now();
        return instrument;
    }

    @Transactional
    public Instrument retire(UUID id, String ifMatch) {
        Instrument instrument = ownForChange(id, ifMatch, false);
        if (instrument.status != InstrumentStatus.PUBLISHED) {
            throw ProblemException.conflict("Only a published version can be retired; this one is " + instrument.status.name().toLowerCase() + ".");
        }
        instrument.status = InstrumentStatus.RETIRED;
        instrument.retiredAt = now();
        return instrument;
    }

    /** Starts the next version of a key as a draft copy of the given version. */
    @Transactional
    public Instrument newVersion(UUID fromId) {
        Instrument source = own(fromId, false);
        if (Instrument.count("instrumentKey = ?1 and status = ?2", source.instrumentKey, InstrumentStatus.DRAFT) > 0) {
            throw ProblemException.conflict("Key '" + source.instrumentKey + "' already has a draft version; change that one.");
        }
        Integer latest = Instrument.find("select max(versionNumber) from Instrument where instrumentKey = ?1", source.instrumentKey)
                .project(Integer.class).firstResult();
        Instrument next = new Instrument();
        next.instrumentKey = source.instrumentKey;
        next.versionNumber = latest + 1;
        next.status = InstrumentStatus.DRAFT;
        next.defaultLocale = source.defaultLocale;
        next.title = source.title;
        next.description = source.description;
        next.definition = source.definition;
        next.persist();
        return next;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<InstrumentView> list(String key, InstrumentStatus status, String cursor, int limit) {
        return KeysetQuery.where().and("instrumentKey = :key", "key", key).and("status = :status", "status", status)
                .page((q, p) -> Instrument.<Instrument>find(q, p), cursor, limit, i -> i.id, (Instrument i) -> InstrumentView.of(i));
    }

    /** Locks the row; If-Match is checked when sent, and must be sent when required. */
    private Instrument ownForChange(UUID id, String ifMatch, boolean ifMatchRequired) {
        Instrument instrument = own(id, true);
        if (ifMatchRequired || ifMatch != null) {
            ETags.require(ifMatch, instrument.etag());
        }
        return instrument;
    }

    private Instrument own(UUID id, boolean lock) {
        Instrument instrument = lock
                ? Instrument.<Instrument>find("id", id).withLock(LockModeType.PESSIMISTIC_WRITE).firstResult()
                : Instrument.<Instrument>find("id", id).firstResult();
        if (instrument == null) {
            if (catalog.find(id).isPresent()) {
                throw ProblemException.conflict("Built-in instruments are read-only; create your own instrument to adapt one.");
            }
            throw ProblemException.notFound("instrument", id);
        }
        return instrument;
    }

    private static void requireDraft(Instrument instrument, String verb) {
        if (instrument.status != InstrumentStatus.DRAFT) {
            throw ProblemException.conflict("Version " + instrument.versionNumber + " of '" + instrument.instrumentKey + "' is "
                    + instrument.status.name().toLowerCase() + " and cannot be " + verb + "; start a new version instead.");
        }
    }

    private static void requireDefaultTitle(InstrumentDraft draft) {
        if (!draft.title().containsKey(draft.defaultLocale())) {
            throw ProblemException.invalid("title", "must include the default locale '" + draft.defaultLocale() + "'");
        }
    }

    private static void apply(Instrument instrument, InstrumentDraft draft) {
        instrument.defaultLocale = draft.defaultLocale();
        instrument.title = draft.title();
        instrument.description = draft.description();
        instrument.definition = draft.definitionOrEmpty();
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
