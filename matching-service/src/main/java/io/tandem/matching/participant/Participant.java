package io.tandem.matching.participant;

import io.tandem.support.persistence.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A person enrolled in a programme, with their matching profile. */
@Entity
@Table(name = "participant")
public class Participant extends TenantOwned {

    @Column(nullable = false, updatable = false)
    public UUID programmeId;

    @Column(nullable = false, updatable = false)
    public String personId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ParticipantRole role;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ParticipantStatus status;

    public String displayName;
    public Integer careerStage;
    public String currentTrack;
    public String managerId;
    public String timeZone;
    public Integer mentorCapacity;
    public Integer supportNeed;

    /** How many mentees this person may mentor at once: their own capacity, or else the programme's default. */
    public int capacity(int programmeDefault) {
        return mentorCapacity != null ? mentorCapacity : programmeDefault;
    }

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    public List<String> managerChain;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    public List<String> languages;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    public List<String> skillsOffered;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    public List<String> learningGoals;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    public List<String> learningInterests;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    public List<String> aspirations;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    public List<String> pastTracks;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    public List<String> challengesOvercome;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    public List<String> currentChallenges;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "person_values", nullable = false)
    public List<String> values;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    public List<String> workStyle;

    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, String> diversity;

    /** Consent to research use (the research export) and to the diversity attributes, each with when it was last given or withdrawn. */
    public boolean researchConsent;
    public java.time.Instant researchConsentAt;
    public boolean diversityConsent;
    public java.time.Instant diversityConsentAt;

    /** Person ids of the other side, most preferred first, for stable matching. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    public List<String> preferences;
}
