package io.tandem.matching.participant;

import java.util.UUID;

/** Fired in the transaction that records a participant as having left the organisation. */
public record ParticipantLeft(UUID programmeId, String personId) {
}
