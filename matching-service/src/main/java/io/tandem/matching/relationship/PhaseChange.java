package io.tandem.matching.relationship;

import io.tandem.support.persistence.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import java.util.UUID;

/** One step of a relationship's history: from which phase to which, by whom and why. */
@Entity
@Table(name = "relationship_phase_change")
public class PhaseChange extends TenantOwned {

    @Column(nullable = false, updatable = false)
    public UUID relationshipId;

    @Enumerated(EnumType.STRING)
    @Column(updatable = false)
    public RelationshipPhase fromPhase;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public RelationshipPhase toPhase;

    @Column(nullable = false, updatable = false)
    public String changedBy;

    @Column(updatable = false)
    public String reason;

    static PhaseChange of(Relationship relationship, RelationshipPhase from, RelationshipPhase to, String by, String why) {
        PhaseChange change = new PhaseChange();
        change.relationshipId = relationship.id;
        change.fromPhase = from;
        change.toPhase = to;
        change.changedBy = by;
        change.reason = why;
        return change;
    }
}
