package io.tandem.survey.instrument;

import io.tandem.support.api.KeysetQuery;
import io.tandem.support.api.Page;
import io.tandem.support.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.UUID;

@ApplicationScoped
public class InstrumentService {

    @Transactional
    public Instrument createDraft(InstrumentDraft draft) {
        if (!draft.title().containsKey(draft.defaultLocale())) {
            throw ProblemException.invalid("title", "must include the default locale '" + draft.defaultLocale() + "'");
        }
        if (Instrument.count("instrumentKey", draft.key()) > 0) {
            throw ProblemException.conflict("An instrument with key '" + draft.key() + "' already exists.");
        }
        Instrument instrument = new Instrument();
        instrument.instrumentKey = draft.key();
        instrument.versionNumber = 1;
        instrument.status = InstrumentStatus.DRAFT;
        instrument.defaultLocale = draft.defaultLocale();
        instrument.title = draft.title();
        instrument.description = draft.description();
        instrument.persist();
        return instrument;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Instrument get(UUID id) {
        return Instrument.<Instrument>find("id", id).firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("instrument", id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<InstrumentView> list(String key, String cursor, int limit) {
        return KeysetQuery.where().and("instrumentKey = :key", "key", key)
                .page((q, p) -> Instrument.find(q, p), cursor, limit, i -> i.id, InstrumentView::of);
    }
}
