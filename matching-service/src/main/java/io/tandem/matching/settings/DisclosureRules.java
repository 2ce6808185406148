package io.tandem.matching.settings;

import io.tandem.support.api.ETags;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** The caller's tenant's disclosure rules, as other features read them. */
@ApplicationScoped
public class DisclosureRules {

    /** The tenant's settings, or the defaults (never stored) when it has none yet. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public DisclosureSettings current() {
        DisclosureSettings stored = DisclosureSettings.<DisclosureSettings>findAll().firstResult();
        if (stored != null) {
            return stored;
        }
        DisclosureSettings defaults = new DisclosureSettings();
        defaults.minGroupSize = DisclosureUpdate.DEFAULTS.minGroupSize();
        return defaults;
    }

    public int minGroupSize() {
        return current().minGroupSize;
    }

    @Transactional
    public DisclosureSettings replace(DisclosureUpdate update, String ifMatch) {
        DisclosureSettings current = current();
        ETags.require(ifMatch, current.etag());
        current.minGroupSize = update.minGroupSize();
        current.retentionDays = update.retentionDays();
        if (current.id == null) {
            current.persist();
        }
        current.flush();
        return current;
    }
}
