package io.tandem.survey.assignment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A request that one person answers one instrument version in a context, by a date. */
@Entity
@Table(name = "assignment")
public class Assignment extends RespondentInstrument {

    public UUID programmeId;

    public UUID relationshipId;

    public String aboutPersonId;

    @Enumerated(EnumType.STRING)
    public RespondentRole respondentRole;

    public String wave;

    public LocalDate dueOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AssignmentStatus status;

    @Column(updatable = false)
    public String idempotencyKey;

    public Instant submittedAt;

    public Instant cancelledAt;
}
