package io.tandem.matching.participant;

import io.tandem.support.feed.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Map;
import java.util.UUID;

/**
 * Participant events for analytics, written with their change: only what analytics needs (role,
 * programme, status, self-identified attributes if given, whether a manager is known), never the
 * profile's free text.
 */
@ApplicationScoped
public class ParticipantFeed {

    public static final String TYPE = "participant";

    @Inject
    Outbox outbox;

    /** @param change enrolled, profile-changed or status-changed */
    public record ParticipantEvent(String change, UUID participantId, UUID programmeId, String personId, String role, String status,
                                   Map<String, String> diversity, boolean hasManager, boolean researchConsent) {
    }

    void append(String change, Participant p) {
        outbox.append(TYPE, p.id, new ParticipantEvent(change, p.id, p.programmeId, p.personId, p.role.name().toLowerCase(),
                p.status.name().toLowerCase().replace('_', '-'), p.diversity, p.managerId != null || !p.managerChain.isEmpty(), p.researchConsent));
    }
}
