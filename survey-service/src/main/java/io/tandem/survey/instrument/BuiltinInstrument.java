package io.tandem.survey.instrument;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.tandem.support.api.ETags;
import io.tandem.survey.definition.InstrumentDefinition;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** A version of Tandem's built-in library: no tenant, seeded by migration, never written by the service. */
@Entity
@Immutable
@Table(name = "builtin_instrument")
public class BuiltinInstrument extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "instrument_key")
    public String instrumentKey;

    public int versionNumber;

    @Enumerated(EnumType.STRING)
    public InstrumentStatus status;

    public String defaultLocale;

    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, String> title;

    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, String> description;

    @JdbcTypeCode(SqlTypes.JSON)
    public InstrumentDefinition definition;

    public Instant createdAt;

    public Instant publishedAt;

    public Instant retiredAt;

    InstrumentVersion toVersion() {
        Instant changed = retiredAt != null ? retiredAt : publishedAt;
        return new InstrumentVersion(id, instrumentKey, versionNumber, status, true, defaultLocale, title, description,
                definition, createdAt, changed, publishedAt, retiredAt, ETags.of(changed.toEpochMilli()));
    }
}
