package io.tandem.analytics.settings;

import io.tandem.support.api.ETags;
import io.tandem.support.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.DateTimeException;
import java.time.ZoneId;

@ApplicationScoped
public class SettingsService {

    /** What reports need of the settings, without the entity. */
    public record Rules(int minGroupSize, String reportingTimeZone, java.math.BigDecimal atRiskQualityDrop, int atRiskMissedCheckIns,
                        int atRiskInactivityWeeks, int atRiskAgreementGraceDays) {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Rules rules() {
        AnalyticsSettings s = current();
        return new Rules(s.minGroupSize, s.reportingTimeZone, s.atRiskQualityDrop, s.atRiskMissedCheckIns, s.atRiskInactivityWeeks,
                s.atRiskAgreementGraceDays);
    }

    /** The tenant's settings, or the defaults (version 0, never stored) when it has none yet. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public AnalyticsSettings current() {
        AnalyticsSettings stored = AnalyticsSettings.<AnalyticsSettings>findAll().firstResult();
        if (stored != null) {
            return stored;
        }
        AnalyticsSettings defaults = new AnalyticsSettings();
        apply(defaults, SettingsUpdate.DEFAULTS);
        return defaults;
    }

    @Transactional
    public AnalyticsSettings replace(SettingsUpdate update, String ifMatch) {
        requireZone(update.reportingTimeZone());
        AnalyticsSettings current = current();
        ETags.require(ifMatch, current.etag());
        apply(current, update);
        if (current.id == null) {
            current.persist();
        }
        current.flush();
        return current;
    }

    private static void requireZone(String zone) {
        try {
            ZoneId.of(zone);
        } catch (DateTimeException e) {
            throw ProblemException.invalid("reportingTimeZone", "is not an IANA time zone such as Europe/Berlin");
        }
    }

    private static void apply(AnalyticsSettings target, SettingsUpdate update) {
        target.minGroupSize = update.minGroupSize();
        target.confidenceLevel = update.confidenceLevel();
        target.bootstrapResamples = update.bootstrapResamples();
        target.reportingTimeZone = update.reportingTimeZone();
        SettingsUpdate.AtRisk atRisk = update.atRisk() != null ? update.atRisk() : SettingsUpdate.AtRisk.DEFAULTS;
        target.atRiskQualityDrop = atRisk.qualityDrop();
        target.atRiskMissedCheckIns = atRisk.missedCheckIns();
        target.atRiskInactivityWeeks = atRisk.inactivityWeeks();
        target.atRiskAgreementGraceDays = atRisk.agreementGraceDays();
    }
}
