package io.tandem.matching.relationship;

import io.tandem.matching.proposal.RelationshipPlaces;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** Answers the proposal feature's questions about places from the relationships table. */
@ApplicationScoped
public class RelationshipPlacesQuery implements RelationshipPlaces {

    private static final List<RelationshipPhase> CLOSED = List.of(RelationshipPhase.ENDED, RelationshipPhase.REDEFINITION);

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Set<UUID> closedProposals(UUID programmeId) {
        return Relationship.<Relationship>stream("programmeId = ?1 and proposalId is not null and phase in ?2", programmeId, CLOSED)
                .map(r -> r.proposalId).collect(Collectors.toSet());
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<String, Integer> informalPlaces(UUID programmeId) {
        Map<String, Integer> held = new HashMap<>();
        Relationship.<Relationship>stream("programmeId = ?1 and origin = ?2 and phase not in ?3", programmeId, Relationship.Origin.INFORMAL, CLOSED)
                .forEach(r -> held.merge(r.mentorPersonId, 1, Integer::sum));
        return held;
    }
}
