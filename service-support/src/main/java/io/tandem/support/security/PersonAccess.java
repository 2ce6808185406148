package io.tandem.support.security;

import io.tandem.support.problem.ProblemException;
import io.tandem.support.problem.ProblemType;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import java.util.Set;

/**
 * Row-level access for data about one person: staff roles see every person of their tenant; a
 * mentor or mentee sees only data whose person id is their own token subject.
 */
@RequestScoped
public class PersonAccess {

    public static final Set<String> STAFF = Set.of(Roles.ADMIN, Roles.PROGRAMME_MANAGER, Roles.RESEARCHER, Roles.INTEGRATION, Roles.SERVICE);

    @Inject
    Caller caller;

    public boolean isStaff() {
        return STAFF.stream().anyMatch(caller::hasRole);
    }

    public boolean mayRead(String personId) {
        return isStaff() || personId.equals(caller.subject());
    }

    /** The person a list is limited to: the caller themself unless staff; asking for someone else is refused. */
    public String limitTo(String requestedPersonId) {
        if (isStaff()) {
            return requestedPersonId;
        }
        if (requestedPersonId != null && !requestedPersonId.equals(caller.subject())) {
            throw new ProblemException(ProblemType.FORBIDDEN, "You may only see your own data.");
        }
        return caller.subject();
    }

    /** Refuses a person who is neither staff in {@code staffRoles} nor the person themself. */
    public void requireSelfOr(String personId, Set<String> staffRoles) {
        if (personId.equals(caller.subject()) || staffRoles.stream().anyMatch(caller::hasRole)) {
            return;
        }
        throw new ProblemException(ProblemType.FORBIDDEN, "Only " + personId + " or " + String.join(", ", staffRoles) + " may do this.");
    }
}
