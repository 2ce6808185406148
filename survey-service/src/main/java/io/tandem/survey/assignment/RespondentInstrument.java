package io.tandem.survey.assignment;

import io.tandem.support.persistence.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;

import java.util.UUID;

/** Who answers which instrument version: shared by an assignment and the response to it. */
@MappedSuperclass
public abstract class RespondentInstrument extends TenantOwned {

    @Column(nullable = false, updatable = false)
    public String respondentId;

    @Column(nullable = false, updatable = false)
    public UUID instrumentId;

    @Column(name = "instrument_key", nullable = false, updatable = false)
    public String instrumentKey;

    @Column(nullable = false, updatable = false)
    public int instrumentVersion;
}
