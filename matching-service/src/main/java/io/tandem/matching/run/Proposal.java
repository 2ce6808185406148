package io.tandem.matching.run;

import io.tandem.matching.compatibility.FactorScore;
import io.tandem.support.persistence.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.util.List;
import java.util.UUID;

/** A proposed mentor-mentee pair of a run. */
@Entity
@Table(name = "proposal")
public class Proposal extends TenantOwned {

    public enum Status { PROPOSED, PUBLISHED, ACCEPTED, DECLINED, WITHDRAWN }

    @Column(nullable = false, updatable = false)
    public UUID runId;

    @Column(nullable = false, updatable = false)
    public UUID programmeId;

    @Column(nullable = false)
    public String mentorPersonId;

    @Column(nullable = false, updatable = false)
    public String menteePersonId;

    @Column(nullable = false)
    public int score;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<FactorScore> factors;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    public enum Decision { ACCEPTED, DECLINED }

    @Enumerated(EnumType.STRING)
    public Decision mentorDecision;

    @Enumerated(EnumType.STRING)
    public Decision menteeDecision;

    /** Set when a programme manager swapped the mentor: who the engine proposed, and at what score. */
    public String originalMentorPersonId;

    public Integer originalScore;

    /** Mentee-choice runs: this recommendation's place in the mentee's list, from 1. */
    public Integer recommendationRank;
}
