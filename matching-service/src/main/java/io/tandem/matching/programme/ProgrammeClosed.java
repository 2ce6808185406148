package io.tandem.matching.programme;

import java.util.UUID;

/** Fired in the transaction that closes a programme. */
public record ProgrammeClosed(UUID programmeId) {
}
