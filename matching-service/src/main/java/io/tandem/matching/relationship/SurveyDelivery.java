package io.tandem.matching.relationship;

import io.tandem.support.persistence.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.UUID;

/**
 * A call owed to survey-service for one relationship and wave (table survey_delivery): written in the
 * relationship's transaction; the worker in the survey package sends it and records the outcome.
 */
@Entity
@Table(name = "survey_delivery")
public class SurveyDelivery extends TenantOwned {

    public enum Action { CREATE, CANCEL }

    public enum Status { PENDING, DELIVERED, FAILED }

    @Column(nullable = false, updatable = false)
    public UUID relationshipId;

    @Column(nullable = false, updatable = false)
    public String wave;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public Action action;

    /** For CREATE: the bulk request body, as survey-service's createAssignmentsInBulk takes it. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(updatable = false)
    public String requests;

    @Column(nullable = false, updatable = false)
    public Instant deliverAfter;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    public int attempts;

    @Column(nullable = false)
    public Instant nextAttemptAt;

    public Instant leasedUntil;

    public Instant deliveredAt;

    public String outcome;
}
