package io.tandem.matching.proposal;

import java.util.UUID;

/** Fired in the transaction of the second acceptance, so whatever follows a match starts with it or not at all. */
public record ProposalAccepted(UUID proposalId, UUID programmeId, String mentorId, String menteeId) {
}
