package io.tandem.matching.relationship;

import io.tandem.support.problem.ProblemException;
import io.tandem.support.problem.ProblemType;
import io.tandem.support.security.Caller;
import io.tandem.support.security.Roles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Who may see a relationship: its two people, and the tenant's admins and programme managers (never
 * the private journal). Anyone else, another pair's mentor included, finds no such relationship.
 */
@ApplicationScoped
class RelationshipAccess {

    @Inject
    Caller caller;

    /** The caller's standing towards a relationship: one of its sides, or staff (side null). */
    record Viewer(String personId, Side side) {
        boolean staff() {
            return side == null;
        }
    }

    boolean isStaff() {
        return caller.hasRole(Roles.ADMIN) || caller.hasRole(Roles.PROGRAMME_MANAGER);
    }

    Viewer of(Relationship relationship) {
        Side side = relationship.sideOf(caller.subject());
        if (side != null) {
            return new Viewer(caller.subject(), side);
        }
        if (isStaff()) {
            return new Viewer(caller.subject(), null);
        }
        throw ProblemException.notFound("relationship", relationship.id);
    }

    /** Only the two people: the journal, and confirming the agreement. */
    Side requireParty(Relationship relationship, String what) {
        Viewer viewer = of(relationship);
        if (viewer.staff()) {
            throw new ProblemException(ProblemType.FORBIDDEN, what + " belongs to the two people of the relationship.");
        }
        return viewer.side();
    }

    String subject() {
        return caller.subject();
    }
}
