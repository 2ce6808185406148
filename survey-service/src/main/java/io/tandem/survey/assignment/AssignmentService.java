package io.tandem.survey.assignment;

import io.tandem.support.api.KeysetQuery;
import io.tandem.support.api.Page;
import io.tandem.support.problem.FieldError;
import io.tandem.support.problem.ProblemException;
import io.tandem.support.problem.ProblemType;
import io.tandem.support.security.PersonAccess;
import io.tandem.survey.instrument.InstrumentCatalog;
import io.tandem.survey.instrument.InstrumentStatus;
import io.tandem.survey.instrument.InstrumentVersion;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

@ApplicationScoped
public class AssignmentService {

    public static final int MAX_BULK = 5_000;

    @Inject
    InstrumentCatalog catalog;

    @Inject
    PersonAccess access;

    @Inject
    Validator validator;

    @Inject
    AssignmentFeed feed;

    @Inject
    jakarta.persistence.EntityManager em;

    @Inject
    io.tandem.support.security.Caller caller;

    /** Creates one assignment; a repeated Idempotency-Key returns the assignment it created before. */
    @Transactional
    public Created create(AssignmentRequest request, String idempotencyKey) {
        if (idempotencyKey != null) {
            // serialise creates that carry the same key, so a concurrent retry finds the first one instead of failing
            em.createNativeQuery("select pg_advisory_xact_lock(hashtextextended(?1, 0))")
                    .setParameter(1, caller.tenant() + "/assignment/" + idempotencyKey).getSingleResult();
            Optional<Assignment> earlier = Assignment.find("idempotencyKey", idempotencyKey).firstResultOptional();
            if (earlier.isPresent()) {
                return new Created(earlier.get(), false);
            }
        }
        Assignment assignment = build(request, resolve(request, new HashMap<>()));
        assignment.idempotencyKey = idempotencyKey;
        assignment.persist();
        feed.created(List.of(assignment));
        return new Created(assignment, true);
    }

    public record Created(Assignment assignment, boolean isNew) {
    }

    /**
     * Creates every valid element and reports each element's outcome by position. With an idempotency
     * key, element i carries the key {@code key#i}: a repeated call finds what the first one created and
     * creates nothing twice.
     */
    @Transactional
    public BulkReport createAll(List<AssignmentRequest> requests, String idempotencyKey) {
        Map<String, Assignment> earlier = new HashMap<>();
        if (idempotencyKey != null) {
            em.createNativeQuery("select pg_advisory_xact_lock(hashtextextended(?1, 0))")
                    .setParameter(1, caller.tenant() + "/assignment-bulk/" + idempotencyKey).getSingleResult();
            List<String> keys = java.util.stream.IntStream.range(0, requests.size()).mapToObj(i -> idempotencyKey + "#" + i).toList();
            Assignment.<Assignment>stream("idempotencyKey in ?1", keys).forEach(a -> earlier.put(a.idempotencyKey, a));
        }
        Map<String, InstrumentVersion> instruments = new HashMap<>();
        List<BulkResult> results = new ArrayList<>(requests.size());
        List<Assignment> created = new ArrayList<>();
        for (int i = 0; i < requests.size(); i++) {
            AssignmentRequest request = requests.get(i);
            if (request == null) {
                results.add(BulkResult.refused(i, List.of(new FieldError("", "must not be null"))));
                continue;
            }
            Set<ConstraintViolation<AssignmentRequest>> violations = validator.validate(request);
            if (!violations.isEmpty()) {
                results.add(BulkResult.refused(i, violations.stream()
                        .map(v -> new FieldError(v.getPropertyPath().toString(), v.getMessage())).sorted(
                                java.util.Comparator.comparing(FieldError::field)).toList()));
                continue;
            }
            String elementKey = idempotencyKey == null ? null : idempotencyKey + "#" + i;
            if (elementKey != null && earlier.containsKey(elementKey)) {
                results.add(BulkResult.created(i, AssignmentView.of(earlier.get(elementKey))));
                continue;
            }
            try {
                Assignment assignment = build(request, resolve(request, instruments));
                assignment.idempotencyKey = elementKey;
                created.add(assignment);
                results.add(null);
            } catch (ProblemException e) {
                results.add(BulkResult.refused(i, e.errors()));
            }
        }
        created.forEach(a -> a.persist());
        feed.created(created);
        int next = 0;
        for (int i = 0; i < results.size(); i++) {
            if (results.get(i) == null) {
                results.set(i, BulkResult.created(i, AssignmentView.of(created.get(next++))));
            }
        }
        return BulkReport.of(results);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Assignment get(UUID id) {
        Assignment assignment = Assignment.<Assignment>find("id", id).firstResult();
        if (assignment == null || !access.mayRead(assignment.respondentId)) {
            throw ProblemException.notFound("assignment", id);
        }
        return assignment;
    }

    /** Locks the assignment (until the caller's transaction ends) for a change by its respondent or by staff; others get 404. */
    public AssignmentView lockForRespondent(UUID id) {
        Assignment assignment = Assignment.<Assignment>find("id", id).withLock(LockModeType.PESSIMISTIC_WRITE).firstResult();
        if (assignment == null || !access.mayRead(assignment.respondentId)) {
            throw ProblemException.notFound("assignment", id);
        }
        return AssignmentView.of(assignment);
    }

    /** The assignment as other features see it; 404 unless the caller may read it. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public AssignmentView view(UUID id) {
        return AssignmentView.of(get(id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<AssignmentView> list(Search search, String cursor, int limit) {
        KeysetQuery query = KeysetQuery.where()
                .and("respondentId = :respondent", "respondent", access.limitTo(search.respondentId()))
                .and("status = :status", "status", search.status())
                .and("programmeId = :programme", "programme", search.programmeId())
                .and("instrumentKey = :key", "key", search.instrumentKey())
                .and("relationshipId = :relationship", "relationship", search.relationshipId())
                .and("wave = :wave", "wave", search.wave());
        if (search.overdue() != null) {
            query.and(search.overdue() ? "status = :open and dueOn < :today" : "not (status = :open and dueOn is not null and dueOn < :today)",
                    "open", AssignmentStatus.OPEN).with("today", LocalDate.now(ZoneOffset.UTC));
        }
        return query
                .page((q, p) -> Assignment.<Assignment>find(q, p), cursor, limit, a -> a.id, (Assignment a) -> AssignmentView.of(a));
    }

    /** Filters of the assignment list; every field optional. */
    public record Search(String respondentId, AssignmentStatus status, UUID programmeId, String instrumentKey, UUID relationshipId,
                         String wave, Boolean overdue) {
    }

    @Transactional
    public Assignment cancel(UUID id) {
        Assignment assignment = Assignment.<Assignment>find("id", id).withLock(LockModeType.PESSIMISTIC_WRITE).firstResult();
        if (assignment == null) {
            throw ProblemException.notFound("assignment", id);
        }
        if (assignment.status != AssignmentStatus.OPEN) {
            throw ProblemException.conflict("The assignment is " + assignment.status.name().toLowerCase() + "; only open assignments can be cancelled.");
        }
        assignment.status = AssignmentStatus.CANCELLED;
        assignment.cancelledAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        feed.cancelled(assignment);
        return assignment;
    }

    private InstrumentVersion resolve(AssignmentRequest request, Map<String, InstrumentVersion> cache) {
        String cacheKey = request.instrumentKey() + "@" + request.instrumentVersion();
        InstrumentVersion version = cache.get(cacheKey);
        if (version == null) {
            version = catalog.resolve(request.instrumentKey(), request.instrumentVersion()).orElseThrow(() -> unprocessable("instrumentKey",
                    request.instrumentVersion() == null
                            ? "no published version of '" + request.instrumentKey() + "'"
                            : "no version " + request.instrumentVersion() + " of '" + request.instrumentKey() + "'"));
            cache.put(cacheKey, version);
        }
        if (version.status() != InstrumentStatus.PUBLISHED) {
            throw unprocessable("instrumentVersion", "version " + version.version() + " of '" + version.key() + "' is "
                    + version.status().name().toLowerCase() + "; only published versions take new assignments");
        }
        return version;
    }

    private static ProblemException unprocessable(String field, String message) {
        return new ProblemException(ProblemType.UNPROCESSABLE, field + ": " + message, List.of(new FieldError(field, message)));
    }

    private static Assignment build(AssignmentRequest request, InstrumentVersion instrument) {
        Assignment a = new Assignment();
        a.respondentId = request.respondentId();
        a.instrumentId = instrument.id();
        a.instrumentKey = instrument.key();
        a.instrumentVersion = instrument.version();
        a.programmeId = request.programmeId();
        a.relationshipId = request.relationshipId();
        a.aboutPersonId = request.aboutPersonId();
        a.respondentRole = request.role();
        a.wave = request.wave();
        a.dueOn = request.dueOn();
        a.status = AssignmentStatus.OPEN;
        return a;
    }
}
