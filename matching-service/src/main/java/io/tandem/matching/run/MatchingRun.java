package io.tandem.matching.run;

import io.tandem.matching.programme.MatchingSettings;
import io.tandem.support.persistence.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.util.List;
import java.util.UUID;

/** One matching run of a programme, reproducible from its settings and inputs (whose hash it keeps). */
@Entity
@Table(name = "matching_run")
public class MatchingRun extends TenantOwned {

    @Column(nullable = false, updatable = false)
    public UUID programmeId;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, updatable = false)
    public MatchingSettings settings;

    @Column(nullable = false, updatable = false)
    public String inputHash;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public RunSummary summary;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<Left> excludedMentors;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<Left> unmatchedMentees;

    public java.time.Instant publishedAt;

    /** A person left out of the result, and why in words. */
    @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "Left")
    public record Left(@org.eclipse.microprofile.openapi.annotations.media.Schema(maxLength = io.tandem.matching.participant.ParticipantProfile.MAX_ID) String personId,
                       @org.eclipse.microprofile.openapi.annotations.media.Schema(maxLength = 500) String reason) {
    }
}
