package io.tandem.matching.participant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Participants as other features read them: values, never the entity. */
@ApplicationScoped
public class Participants {

    /** Everyone enrolled in the programme, by person id. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ParticipantView> ofProgramme(UUID programmeId) {
        return Participant.<Participant>list("programmeId = ?1 order by personId", programmeId).stream().map(ParticipantView::of).toList();
    }

    /** Every programme enrolment of one person, oldest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ParticipantView> ofPerson(String personId) {
        return Participant.<Participant>list("personId = ?1 order by id", personId).stream().map(ParticipantView::of).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<ParticipantView> find(UUID programmeId, String personId) {
        return Participant.<Participant>find("programmeId = ?1 and personId = ?2", programmeId, personId).firstResultOptional()
                .map(ParticipantView::of);
    }
}
