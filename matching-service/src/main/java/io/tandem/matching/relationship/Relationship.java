package io.tandem.matching.relationship;

import io.tandem.support.persistence.TenantOwned;
import io.tandem.support.problem.ProblemException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A mentoring relationship, and the only place its phase changes (see {@link RelationshipPhase}): a
 * refused move is a 409. Closing (to redefinition or ended) records the reason and whether the two
 * continue as peers; closing before the planned end is allowed and flagged.
 */
@Entity
@Table(name = "relationship")
public class Relationship extends TenantOwned {

    public enum Origin { PROPOSAL, INFORMAL }

    @Column(nullable = false, updatable = false)
    public UUID programmeId;

    @Column(nullable = false, updatable = false)
    public String mentorPersonId;

    @Column(nullable = false, updatable = false)
    public String menteePersonId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public Origin origin;

    @Column(updatable = false)
    public UUID proposalId;

    @Column(nullable = false, updatable = false)
    public LocalDate startedOn;

    @Column(nullable = false)
    public LocalDate plannedEndOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public RelationshipPhase phase;

    public LocalDate endedOn;

    @Column(nullable = false)
    public boolean endedEarly;

    @Enumerated(EnumType.STRING)
    public EndReason endReason;

    public String endNote;

    public Boolean continuesAsPeers;

    @JdbcTypeCode(SqlTypes.JSON)
    public Agreement agreement;

    public Instant mentorConfirmedAt;

    public Instant menteeConfirmedAt;

    /** The side a person is on, or null when they are neither. */
    public Side sideOf(String personId) {
        return mentorPersonId.equals(personId) ? Side.MENTOR : menteePersonId.equals(personId) ? Side.MENTEE : null;
    }

    /**
     * Moves to {@code next}; a closing move needs a reason and sets the end date, whether it ended early
     * and whether the two continue as peers (redefinition).
     */
    public PhaseChange moveTo(RelationshipPhase next, String by, String why, EndReason reason, LocalDate today) {
        if (!phase.mayBecome(next)) {
            throw ProblemException.conflict("A relationship in " + phase.label() + " cannot move to " + next.label() + ".");
        }
        if (next.closing()) {
            if (reason == null) {
                throw ProblemException.invalid("endReason", "is required to close a relationship");
            }
            endedOn = today;
            endedEarly = today.isBefore(plannedEndOn);
            endReason = reason;
            endNote = why;
            continuesAsPeers = next == RelationshipPhase.REDEFINITION;
        } else if (reason != null) {
            throw ProblemException.invalid("endReason", "applies only when the relationship closes");
        }
        PhaseChange change = PhaseChange.of(this, phase, next, by, why);
        phase = next;
        return change;
    }

    /** A closing programme moves an early relationship straight to separation, outside the usual steps. */
    public PhaseChange separate(String by, String why) {
        if (phase != RelationshipPhase.INITIATION && phase != RelationshipPhase.CULTIVATION) {
            throw ProblemException.conflict("Only a relationship in initiation or cultivation is moved to separation.");
        }
        PhaseChange change = PhaseChange.of(this, phase, RelationshipPhase.SEPARATION, by, why);
        phase = RelationshipPhase.SEPARATION;
        return change;
    }

    public void extendTo(LocalDate newEnd) {
        if (!phase.active()) {
            throw ProblemException.conflict("A closed relationship cannot be extended.");
        }
        if (!newEnd.isAfter(plannedEndOn)) {
            throw ProblemException.invalid("plannedEndOn", "must be after the current planned end (" + plannedEndOn + ")");
        }
        plannedEndOn = newEnd;
    }

    /** A new or changed agreement asks both to confirm again. */
    public void agree(Agreement terms) {
        requireActive();
        agreement = terms;
        mentorConfirmedAt = null;
        menteeConfirmedAt = null;
    }

    public void confirm(Side side, Instant at) {
        requireActive();
        if (agreement == null) {
            throw ProblemException.conflict("There is no agreement to confirm yet.");
        }
        if (side == Side.MENTOR) {
            mentorConfirmedAt = at;
        } else {
            menteeConfirmedAt = at;
        }
    }

    public void requireActive() {
        if (!phase.active()) {
            throw ProblemException.conflict("The relationship is closed (" + phase.label() + ").");
        }
    }
}
