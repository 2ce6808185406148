package io.tandem.matching.proposal;

import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * What relationships say about mentors' places, offered by the relationship feature (which depends on
 * proposals, so proposals ask through this interface instead of importing it).
 */
public interface RelationshipPlaces {

    /** Accepted proposals of the programme whose relationship has closed (ended or redefined as peers). */
    Set<UUID> closedProposals(UUID programmeId);

    /** Active informal relationships of the programme, counted per mentor. */
    Map<String, Integer> informalPlaces(UUID programmeId);
}
