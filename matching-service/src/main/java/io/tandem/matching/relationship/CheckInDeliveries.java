package io.tandem.matching.relationship;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tandem.matching.programme.CheckInSettings;
import io.tandem.matching.programme.ProgrammeService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Owes survey-service each relationship's check-in waves as assignments, in the relationship's own
 * transaction (the worker in the survey package sends them): at the start and at an extension, every
 * planned wave up to the planned end, each sent on its opening day; at closure, the closing wave (and a
 * follow-up when the programme has one), the cancellation of open check-ins, and no more waves.
 */
@ApplicationScoped
class CheckInDeliveries {

    private static final Set<String> AFTER_THE_END = Set.of("closing", "follow-up");

    @Inject
    ProgrammeService programmes;

    @Inject
    ObjectMapper json;

    @Transactional(Transactional.TxType.MANDATORY)
    void planned(Relationship relationship) {
        Set<String> owed = owedWaves(relationship.id, SurveyDelivery.Action.CREATE);
        for (CheckInPlan.Wave wave : plan(relationship).waves()) {
            if (!AFTER_THE_END.contains(wave.wave()) && !owed.contains(wave.wave())) {
                oweWave(relationship, wave);
            }
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void closed(Relationship relationship) {
        // Waves not yet sent are no longer asked; one being sent right now (leased) is cancelled after it lands.
        SurveyDelivery.delete("relationshipId = ?1 and action = ?2 and status = ?3 and wave not in ?4 "
                        + "and (leasedUntil is null or leasedUntil < ?5)", relationship.id, SurveyDelivery.Action.CREATE,
                SurveyDelivery.Status.PENDING, AFTER_THE_END, Instant.now());
        Set<String> owed = owedWaves(relationship.id, SurveyDelivery.Action.CREATE);
        for (CheckInPlan.Wave wave : plan(relationship).waves()) {
            if (AFTER_THE_END.contains(wave.wave()) && !owed.contains(wave.wave())) {
                oweWave(relationship, wave);
            }
        }
        if (owedWaves(relationship.id, SurveyDelivery.Action.CANCEL).isEmpty()) {
            owe(relationship, "check-ins", SurveyDelivery.Action.CANCEL, null, relationship.endedOn);
        }
    }

    private CheckInPlan plan(Relationship relationship) {
        CheckInSettings settings = programmes.view(relationship.programmeId).settings().checkIns();
        return CheckInPlan.of(relationship, settings);
    }

    private static Set<String> owedWaves(UUID relationshipId, SurveyDelivery.Action action) {
        Set<String> waves = new HashSet<>();
        SurveyDelivery.<SurveyDelivery>stream("relationshipId = ?1 and action = ?2", relationshipId, action).forEach(d -> waves.add(d.wave));
        return waves;
    }

    /** A wave in which neither side answers anything is not sent. */
    private void oweWave(Relationship relationship, CheckInPlan.Wave wave) {
        if (!wave.mentor().isEmpty() || !wave.mentee().isEmpty()) {
            owe(relationship, wave.wave(), SurveyDelivery.Action.CREATE, requests(relationship, wave), wave.opensOn());
        }
    }

    private static void owe(Relationship relationship, String wave, SurveyDelivery.Action action, String requests, LocalDate from) {
        SurveyDelivery delivery = new SurveyDelivery();
        delivery.relationshipId = relationship.id;
        delivery.wave = wave;
        delivery.action = action;
        delivery.requests = requests;
        delivery.deliverAfter = from.atStartOfDay(ZoneOffset.UTC).toInstant();
        delivery.nextAttemptAt = delivery.deliverAfter;
        delivery.status = SurveyDelivery.Status.PENDING;
        delivery.persist();
    }

    /** The bulk body: both sides' instruments of the wave, self-reports about no one else, ratings about the partner. */
    private String requests(Relationship relationship, CheckInPlan.Wave wave) {
        List<Map<String, Object>> elements = new ArrayList<>();
        wave.mentor().forEach(i -> elements.add(element(relationship, wave, i, "mentor", relationship.mentorPersonId,
                relationship.menteePersonId)));
        wave.mentee().forEach(i -> elements.add(element(relationship, wave, i, "mentee", relationship.menteePersonId,
                relationship.mentorPersonId)));
        try {
            return json.writeValueAsString(elements);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, Object> element(Relationship relationship, CheckInPlan.Wave wave, CheckInSettings.Answering instrument,
                                               String role, String respondent, String partner) {
        Map<String, Object> element = new LinkedHashMap<>();
        element.put("respondentId", respondent);
        element.put("instrumentKey", instrument.instrumentKey());
        element.put("programmeId", relationship.programmeId);
        element.put("relationshipId", relationship.id);
        if (instrument.ratesPartner()) {
            element.put("aboutPersonId", partner);
        }
        element.put("role", role);
        element.put("wave", wave.wave());
        element.put("dueOn", wave.dueOn());
        return element;
    }
}
