package io.tandem.survey.instrument;

import io.tandem.support.api.Page;
import io.tandem.support.problem.ProblemException;
import io.tandem.survey.definition.FormSpecs;
import io.tandem.survey.rules.FormSpec;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds instrument versions among the caller's own and the built-in library. Published definitions
 * never change, so they are cached by id for the submit path.
 */
@ApplicationScoped
public class InstrumentCatalog {

    @Inject
    CacheConfig cacheConfig;

    /** How many published definitions the submit path keeps in memory. */
    @io.smallrye.config.ConfigMapping(prefix = "tandem.instrument-cache")
    public interface CacheConfig {
        @io.smallrye.config.WithDefault("2000")
        @jakarta.validation.constraints.Min(1)
        int maxEntries();
    }
    private final Map<UUID, FormSpec> publishedForms = new ConcurrentHashMap<>();

    @Transactional(Transactional.TxType.SUPPORTS)
    public InstrumentVersion get(UUID id) {
        return find(id).orElseThrow(() -> ProblemException.notFound("instrument", id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<InstrumentVersion> find(UUID id) {
        Optional<Instrument> own = Instrument.find("id", id).firstResultOptional();
        if (own.isPresent()) {
            return own.map(Instrument::toVersion);
        }
        return BuiltinInstrument.<BuiltinInstrument>findByIdOptional(id).map(BuiltinInstrument::toVersion);
    }

    /** The named version, or the latest published one when version is null; the tenant's own key wins. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<InstrumentVersion> resolve(String key, Integer version) {
        if (Instrument.count("instrumentKey", key) > 0) {
            return (version == null
                    ? Instrument.<Instrument>find("instrumentKey = ?1 and status = ?2 order by versionNumber desc", key, InstrumentStatus.PUBLISHED)
                    : Instrument.<Instrument>find("instrumentKey = ?1 and versionNumber = ?2", key, version))
                    .firstResultOptional().map(Instrument::toVersion);
        }
        return (version == null
                ? BuiltinInstrument.<BuiltinInstrument>find("instrumentKey = ?1 and status = ?2 order by versionNumber desc", key, InstrumentStatus.PUBLISHED)
                : BuiltinInstrument.<BuiltinInstrument>find("instrumentKey = ?1 and versionNumber = ?2", key, version))
                .firstResultOptional().map(BuiltinInstrument::toVersion);
    }

    public boolean isBuiltInKey(String key) {
        return BuiltinInstrument.count("instrumentKey", key) > 0;
    }

    /** The rules' view of a published or retired version; drafts are not cached because they change. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public FormSpec publishedForm(UUID id) {
        FormSpec cached = publishedForms.get(id);
        if (cached != null) {
            return cached;
        }
        InstrumentVersion version = get(id);
        if (version.status() == InstrumentStatus.DRAFT) {
            throw ProblemException.conflict("Instrument version " + id + " is a draft.");
        }
        if (publishedForms.size() >= cacheConfig.maxEntries()) {
            publishedForms.clear();
        }
        FormSpec form = FormSpecs.of(version.definition());
        publishedForms.put(id, form);
        return form;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<InstrumentView> library() {
        List<InstrumentView> all = BuiltinInstrument.<BuiltinInstrument>find("order by instrumentKey, versionNumber").stream()
                .map(b -> InstrumentView.of(b.toVersion())).toList();
        return new Page<>(all, null);
    }
}
