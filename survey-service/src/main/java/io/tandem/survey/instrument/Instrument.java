package io.tandem.survey.instrument;

import io.tandem.support.persistence.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.tandem.survey.definition.InstrumentDefinition;

import java.time.Instant;
import java.util.Map;

/** One version of a questionnaire definition, owned by a tenant. */
@Entity
@Table(name = "instrument")
public class Instrument extends TenantOwned {

    @Column(name = "instrument_key", nullable = false, updatable = false)
    public String instrumentKey;

    @Column(nullable = false, updatable = false)
    public int versionNumber;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public InstrumentStatus status;

    @Column(nullable = false)
    public String defaultLocale;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public Map<String, String> title;

    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, String> description;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public InstrumentDefinition definition;

    public Instant publishedAt;

    public Instant retiredAt;

    InstrumentVersion toVersion() {
        return new InstrumentVersion(id, instrumentKey, versionNumber, status, false, defaultLocale, title, description,
                definition, createdAt, updatedAt, publishedAt, retiredAt, etag());
    }
}
