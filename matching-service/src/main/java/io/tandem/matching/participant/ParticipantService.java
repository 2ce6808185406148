package io.tandem.matching.participant;

import jakarta.enterprise.event.Event;
import io.tandem.matching.programme.ProgrammeStatus;
import io.tandem.matching.programme.ProgrammeView;
import io.tandem.matching.programme.ProgrammeService;
import io.tandem.matching.survey.SurveyScores;
import io.tandem.support.api.ETags;
import io.tandem.support.api.KeysetQuery;
import io.tandem.support.api.Page;
import io.tandem.support.problem.FieldError;
import io.tandem.support.problem.ProblemException;
import io.tandem.support.problem.ProblemType;
import io.tandem.support.security.PersonAccess;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/** Enrolment (one or in bulk, re-uploads update by person id), profile edits and search. */
@ApplicationScoped
public class ParticipantService {

    public static final int MAX_BULK = 20_000;

    @Inject
    ProgrammeService programmes;

    @Inject
    ProgrammeMatches matches;

    @Inject
    PersonAccess access;

    @Inject
    Validator validator;

    @Inject
    SurveyScores surveyScores;

    @Inject
    Event<ParticipantLeft> left;

    @Inject
    ParticipantFeed feed;

    /** People join a programme while it is enrolling or matching; later, only those already in it change. */
    private static void requireEnrolling(ProgrammeView programme) {
        if (programme.status() != ProgrammeStatus.ENROLLING && programme.status() != ProgrammeStatus.MATCHING) {
            throw ProblemException.conflict("People are enrolled while a programme is enrolling or matching; this one is "
                    + programme.status().name().toLowerCase() + ".");
        }
    }

    /** Records a status change; leaving the organisation ends the person's active relationships in the programme. */
    private void changeStatus(Participant participant, ParticipantStatus status) {
        ParticipantStatus before = participant.status;
        participant.status = status;
        if (status != before) {
            feed.append("status-changed", participant);
        }
        if (status == ParticipantStatus.LEFT && before != ParticipantStatus.LEFT) {
            left.fire(new ParticipantLeft(participant.programmeId, participant.personId));
        }
    }

    @Transactional
    public Participant enrol(UUID programmeId, ParticipantProfile profile) {
        ProgrammeView programme = programmes.view(programmeId);
        requireEnrolling(programme);
        requireValidTimeZone(profile.timeZone());
        requireDiversityConsent(profile);
        if (Participant.count("programmeId = ?1 and personId = ?2", programme.id(), profile.personId()) > 0) {
            throw ProblemException.conflict(profile.personId() + " is already enrolled in this programme; update the participant instead.");
        }
        Participant participant = new Participant();
        participant.programmeId = programme.id();
        participant.personId = profile.personId();
        apply(participant, profile, synonyms());
        participant.status = Objects.requireNonNullElse(profile.status(), ParticipantStatus.ACTIVE);
        participant.persist();
        feed.append("enrolled", participant);
        return participant;
    }

    /** Creates new people, updates people already enrolled (by person id), and reports every row. */
    @Transactional
    public BulkEnrolmentReport enrolAll(UUID programmeId, List<ParticipantProfile> profiles, List<List<FieldError>> parseErrors) {
        ProgrammeView programme = programmes.view(programmeId);
        boolean enrolling = programme.status() == ProgrammeStatus.ENROLLING || programme.status() == ProgrammeStatus.MATCHING;
        Map<String, String> synonyms = synonyms();
        Map<String, Participant> existing = new HashMap<>();
        Participant.<Participant>stream("programmeId", programme.id()).forEach(p -> existing.put(p.personId, p));
        Map<String, Integer> seen = new HashMap<>();
        List<BulkRowResult> rows = new ArrayList<>(profiles.size());
        for (int row = 0; row < profiles.size(); row++) {
            ParticipantProfile profile = profiles.get(row);
            List<FieldError> errors = new ArrayList<>(parseErrors == null ? List.of() : parseErrors.get(row));
            if (profile == null) {
                errors.add(new FieldError("", "must be a participant object"));
            } else {
                errors.addAll(check(profile));
                Integer earlier = seen.putIfAbsent(profile.personId(), row);
                if (earlier != null) {
                    errors.add(new FieldError("personId", "appears again; row " + earlier + " already enrols " + profile.personId()));
                }
            }
            String personId = profile == null ? null : profile.personId();
            if (!errors.isEmpty()) {
                rows.add(new BulkRowResult(row, personId, "refused", null, errors));
                continue;
            }
            Participant participant = existing.get(personId);
            boolean created = participant == null;
            if (created && !enrolling) {
                rows.add(new BulkRowResult(row, personId, "refused", null, List.of(new FieldError("personId",
                        "is not enrolled, and people join only while the programme is enrolling or matching"))));
                continue;
            }
            if (created) {
                participant = new Participant();
                participant.programmeId = programme.id();
                participant.personId = personId;
            }
            apply(participant, profile, synonyms);
            if (created) {
                participant.status = Objects.requireNonNullElse(profile.status(), ParticipantStatus.ACTIVE);
                participant.persist();
                feed.append("enrolled", participant);
            } else {
                feed.append("profile-changed", participant);
                if (profile.status() != null) {
                    changeStatus(participant, profile.status());
                }
            }
            rows.add(new BulkRowResult(row, personId, created ? "created" : "updated", participant.id, List.of()));
        }
        return BulkEnrolmentReport.of(rows);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Participant get(UUID id) {
        Participant participant = Participant.<Participant>find("id", id).firstResult();
        if (participant == null || !access.mayRead(participant.personId)) {
            throw ProblemException.notFound("participant", id);
        }
        return participant;
    }

    /** Replaces the profile; the person themself may not change their role or status. */
    @Transactional
    public Participant update(UUID id, String ifMatch, ParticipantProfile profile) {
        Participant participant = get(id);
        ETags.require(ifMatch, participant.etag());
        if (!participant.personId.equals(profile.personId())) {
            throw ProblemException.invalid("personId", "cannot change; it is " + participant.personId);
        }
        requireValidTimeZone(profile.timeZone());
        requireDiversityConsent(profile);
        ParticipantStatus status = profile.status() == null ? participant.status : profile.status();
        if (!access.isStaff() && (profile.role() != participant.role || status != participant.status)) {
            throw new ProblemException(ProblemType.FORBIDDEN, "Your role and status in the programme are set by the programme's managers.");
        }
        apply(participant, profile, synonyms());
        feed.append("profile-changed", participant);
        changeStatus(participant, status);
        return participant;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<ParticipantView> search(UUID programmeId, ParticipantSearch search, String cursor, int limit) {
        ProgrammeView programme = programmes.view(programmeId);
        Map<String, String> synonyms = synonyms();
        KeysetQuery query = KeysetQuery.where();
        if (search.capacityLeft() != null) {
            query.and("role in :mentorRoles", "mentorRoles", List.of(ParticipantRole.MENTOR, ParticipantRole.BOTH))
                    .and((search.capacityLeft() ? "not " : "") + "personId in :full", "full", fullMentors(programme));
        }
        if (search.matched() != null) {
            query.and((search.matched() ? "" : "not ") + "personId in :matched", "matched", nonEmpty(matches.matchedPeople(programme.id())));
        }
        if (search.missingRequiredSurveys() != null) {
            query.and((search.missingRequiredSurveys() ? "" : "not ") + "personId in :missing", "missing", missingSurveys(programme));
        }
        return query
                .and("programmeId = :programme", "programme", programme.id())
                .and("role in :roles", "roles", search.role() == null ? null
                        : List.of(search.role(), ParticipantRole.BOTH))
                .and("status = :status", "status", search.status())
                .and("array_contains(skillsOffered, :skill)", "skill", tag(search.skill(), synonyms))
                .and("array_contains(learningGoals, :goal)", "goal", tag(search.goal(), synonyms))
                .and("currentTrack = :track", "track", tag(search.track(), synonyms))
                .and("timeZone = :zone", "zone", search.timeZone())
                .page((q, p) -> Participant.<Participant>find(q, p), cursor, limit, p -> p.id, (Participant p) -> ParticipantView.of(p));
    }

    public record ParticipantSearch(ParticipantRole role, ParticipantStatus status, String skill, String goal, String track,
                                    String timeZone, Boolean capacityLeft, Boolean matched, Boolean missingRequiredSurveys) {
    }

    /** Mentors whose places are all held (see the proposal feature's MentorPlaces rule). */
    private List<String> fullMentors(ProgrammeView programme) {
        Map<String, Integer> held = matches.placesHeld(programme.id());
        List<String> full = new ArrayList<>();
        Participant.<Participant>stream("programmeId", programme.id()).forEach(p -> {
            if (held.getOrDefault(p.personId, 0) >= p.capacity(programme.defaultMentorCapacity())) {
                full.add(p.personId);
            }
        });
        return nonEmpty(full);
    }

    /** An empty IN list is not valid JPQL; no person id is the empty string. */
    private static List<String> nonEmpty(java.util.Collection<String> ids) {
        return ids.isEmpty() ? List.of("") : List.copyOf(ids);
    }

    /** Mentors of the programme without a valid score on one of its required instruments (one survey call per instrument). */
    private List<String> missingSurveys(ProgrammeView programme) {
        List<String> mentors = Participant.<Participant>stream("programmeId = ?1 and role in ?2", programme.id(),
                List.of(ParticipantRole.MENTOR, ParticipantRole.BOTH)).map(p -> p.personId).toList();
        java.util.Set<String> missing = new java.util.TreeSet<>();
        for (String instrument : programme.settings().requiredInstruments()) {
            for (int from = 0; from < mentors.size(); from += 10_000) {
                missing.addAll(surveyScores.latest(instrument, mentors.subList(from, Math.min(mentors.size(), from + 10_000)), null).without());
            }
        }
        // an empty IN list is not valid JPQL; no person id is the empty string
        return missing.isEmpty() ? List.of("") : List.copyOf(missing);
    }

    private List<FieldError> check(ParticipantProfile profile) {
        List<FieldError> errors = new ArrayList<>();
        for (ConstraintViolation<ParticipantProfile> v : validator.validate(profile)) {
            errors.add(new FieldError(v.getPropertyPath().toString(), v.getMessage()));
        }
        String zoneProblem = timeZoneProblem(profile.timeZone());
        if (zoneProblem != null) {
            errors.add(new FieldError("timeZone", zoneProblem));
        }
        if (diversityWithoutConsent(profile)) {
            errors.add(new FieldError("diversity", DIVERSITY_CONSENT));
        }
        errors.sort(Comparator.comparing(FieldError::field));
        return errors;
    }

    private static final String DIVERSITY_CONSENT = "is stored only with the person's consent: send diversityConsent true";

    private static boolean diversityWithoutConsent(ParticipantProfile profile) {
        return profile.diversity() != null && !profile.diversity().isEmpty() && !Boolean.TRUE.equals(profile.diversityConsent());
    }

    private static void requireDiversityConsent(ParticipantProfile profile) {
        if (diversityWithoutConsent(profile)) {
            throw ProblemException.invalid("diversity", DIVERSITY_CONSENT);
        }
    }

    private static void requireValidTimeZone(String zone) {
        String problem = timeZoneProblem(zone);
        if (problem != null) {
            throw ProblemException.invalid("timeZone", problem);
        }
    }

    private static String timeZoneProblem(String zone) {
        if (zone == null) {
            return null;
        }
        try {
            ZoneId.of(zone);
            return zone.contains("/") || zone.equals("UTC") ? null : "must be an IANA time zone such as Europe/Lisbon";
        } catch (DateTimeException e) {
            return "must be an IANA time zone such as Europe/Lisbon";
        }
    }

    private static String tag(String raw, Map<String, String> synonyms) {
        if (raw == null) {
            return null;
        }
        String plain = Tags.normalise(raw);
        return synonyms.getOrDefault(plain, plain);
    }

    private static Map<String, String> synonyms() {
        Map<String, String> map = new HashMap<>();
        TagSynonym.<TagSynonym>streamAll().forEach(s -> map.put(s.alias, s.canonical));
        return map;
    }

    private static void apply(Participant p, ParticipantProfile f, Map<String, String> synonyms) {
        p.role = f.role();
        p.displayName = f.displayName();
        p.careerStage = f.careerStage();
        p.currentTrack = tag(f.currentTrack(), synonyms);
        p.managerId = f.managerId();
        p.managerChain = f.managerChain() == null ? List.of() : f.managerChain().stream().map(String::strip).distinct().toList();
        p.timeZone = f.timeZone();
        p.mentorCapacity = f.mentorCapacity();
        p.supportNeed = f.supportNeed();
        p.languages = Tags.normalise(f.languages(), synonyms);
        p.skillsOffered = Tags.normalise(f.skillsOffered(), synonyms);
        p.learningGoals = Tags.normalise(f.learningGoals(), synonyms);
        p.learningInterests = Tags.normalise(f.learningInterests(), synonyms);
        p.aspirations = Tags.normalise(f.aspirations(), synonyms);
        p.pastTracks = Tags.normalise(f.pastTracks(), synonyms);
        p.challengesOvercome = Tags.normalise(f.challengesOvercome(), synonyms);
        p.currentChallenges = Tags.normalise(f.currentChallenges(), synonyms);
        p.values = Tags.normalise(f.values(), synonyms);
        p.workStyle = Tags.normalise(f.workStyle(), synonyms);
        boolean research = Boolean.TRUE.equals(f.researchConsent());
        boolean diversityConsent = Boolean.TRUE.equals(f.diversityConsent());
        java.time.Instant now = java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        if (research != p.researchConsent || p.researchConsentAt == null) {
            p.researchConsentAt = now;
        }
        if (diversityConsent != p.diversityConsent || p.diversityConsentAt == null) {
            p.diversityConsentAt = now;
        }
        p.researchConsent = research;
        p.diversityConsent = diversityConsent;
        p.diversity = f.diversity() == null || f.diversity().isEmpty() ? null : Map.copyOf(f.diversity());
        p.preferences = f.preferences() == null ? List.of() : f.preferences().stream().map(String::strip).distinct().toList();
    }
}
