package io.tandem.analytics.settings;

import io.tandem.support.persistence.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.math.BigDecimal;

/** A tenant's reporting rules; absent until the tenant first changes the defaults. */
@Entity
@Table(name = "analytics_settings")
public class AnalyticsSettings extends TenantOwned {

    @Column(nullable = false)
    public int minGroupSize;

    @Column(nullable = false, precision = 4, scale = 3)
    public BigDecimal confidenceLevel;

    @Column(nullable = false)
    public int bootstrapResamples;

    @Column(nullable = false)
    public String reportingTimeZone;

    @Column(nullable = false, precision = 4, scale = 2)
    public BigDecimal atRiskQualityDrop;

    @Column(nullable = false)
    public int atRiskMissedCheckIns;

    @Column(nullable = false)
    public int atRiskInactivityWeeks;

    @Column(nullable = false)
    public int atRiskAgreementGraceDays;

    /** The defaults have a tag of their own, so a client that read them cannot overwrite a first save unseen. */
    @Override
    public String etag() {
        return id == null ? "\"defaults\"" : super.etag();
    }
}
