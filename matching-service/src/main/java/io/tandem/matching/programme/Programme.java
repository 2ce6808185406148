package io.tandem.matching.programme;

import io.tandem.support.persistence.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.LocalDate;

/** A mentoring programme of one tenant. */
@Entity
@Table(name = "programme")
public class Programme extends TenantOwned {

    @Column(nullable = false)
    public String name;

    public String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ProgrammeType type;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ProgrammeStatus status;

    @Column(nullable = false)
    public LocalDate startsOn;

    @Column(nullable = false)
    public LocalDate endsOn;

    @Column(nullable = false)
    public int defaultMentorCapacity;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public MatchingSettings settings;
}
