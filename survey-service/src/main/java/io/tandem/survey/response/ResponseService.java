package io.tandem.survey.response;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tandem.support.api.ETags;
import io.tandem.support.persistence.TimeOrderedIds;
import io.tandem.support.security.Caller;
import io.tandem.support.problem.FieldError;
import io.tandem.support.problem.ProblemException;
import io.tandem.support.problem.ProblemType;
import io.tandem.support.security.PersonAccess;
import io.tandem.support.security.Roles;
import io.tandem.survey.assignment.AssignmentView;
import io.tandem.survey.assignment.AssignmentService;
import io.tandem.survey.assignment.AssignmentStatus;
import io.tandem.survey.feed.Outbox;
import io.tandem.survey.instrument.InstrumentCatalog;
import io.tandem.survey.rules.AnswerValidator;
import io.tandem.survey.rules.DefinitionProblem;
import io.tandem.survey.rules.DefinitionScoring;
import io.tandem.survey.rules.FormSpec;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Drafts and submission of the response to an assignment. */
@ApplicationScoped
public class ResponseService {

    /** Besides the respondent, who may answer on their behalf (an HR platform relaying its own form). */
    static final Set<String> ON_BEHALF = Set.of(Roles.ADMIN, Roles.INTEGRATION);

    @Inject
    AssignmentService assignments;

    @Inject
    InstrumentCatalog catalog;

    @Inject
    PersonAccess access;

    @Inject
    SubmissionStore store;

    @Inject
    Caller caller;

    @Inject
    ObjectMapper json;

    public record Saved(SurveyResponse response, boolean isNew) {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public SurveyResponse ofAssignment(UUID assignmentId) {
        AssignmentView assignment = assignments.view(assignmentId);
        return SurveyResponse.<SurveyResponse>find("assignmentId", assignment.id()).firstResultOptional()
                .orElseThrow(() -> new ProblemException(ProblemType.NOT_FOUND, "Assignment " + assignmentId + " has no response yet."));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public SurveyResponse get(UUID id) {
        SurveyResponse response = SurveyResponse.<SurveyResponse>find("id", id).firstResult();
        if (response == null || !access.mayRead(response.respondentId)) {
            throw ProblemException.notFound("response", id);
        }
        return response;
    }

    @Transactional
    public Saved saveDraft(UUID assignmentId, String ifMatch, Map<String, Object> answers) {
        AssignmentView assignment = openForAnswers(assignmentId);
        SurveyResponse response = SurveyResponse.<SurveyResponse>find("assignmentId", assignment.id()).firstResult();
        refuseProblems(AnswerValidator.checkDraft(catalog.publishedForm(assignment.instrumentId()), answers));
        if (response == null) {
            response = newResponse(assignment, answers);
            response.persist();
            return new Saved(response, true);
        }
        ETags.require(ifMatch, response.etag());
        response.answers = answers;
        return new Saved(response, false);
    }

    /** A submitted response as the API shows it, with its entity tag. */
    public record Submitted(ResponseView view, String etag) {
    }

    /**
     * Validates, scores and stores the submission, its score rows and its outbox event in one
     * transaction. A retry with the Idempotency-Key of the submission that succeeded gets that
     * submission back; nothing is stored when the answers are refused.
     */
    @Transactional
    public Submitted submit(UUID assignmentId, String idempotencyKey, Map<String, Object> answers) {
        String tenant = caller.tenant();
        LockedAssignment assignment = store.lock(tenant, assignmentId).filter(a -> access.mayRead(a.respondentId()))
                .orElseThrow(() -> ProblemException.notFound("assignment", assignmentId));
        access.requireSelfOr(assignment.respondentId(), ON_BEHALF);
        if (assignment.status() == AssignmentStatus.SUBMITTED && assignment.responseId() != null) {
            if (idempotencyKey != null && idempotencyKey.equals(assignment.responseIdempotencyKey())) {
                SurveyResponse earlier = get(assignment.responseId());
                return new Submitted(ResponseView.of(earlier), earlier.etag());
            }
            throw ProblemException.conflict("The assignment was already submitted; a submitted response cannot change.");
        }
        if (assignment.status() != AssignmentStatus.OPEN) {
            throw ProblemException.conflict("The assignment is " + assignment.status().name().toLowerCase() + "; it takes no more answers.");
        }
        Map<String, Object> submitted = answers != null ? answers : draftAnswers(assignment);
        FormSpec form = catalog.publishedForm(assignment.instrumentId());
        refuseProblems(AnswerValidator.checkSubmission(form, submitted));
        List<ScoreView> scores = DefinitionScoring.score(form, submitted).values().stream().map(ScoreView::of).toList();

        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        boolean hadDraft = assignment.responseId() != null;
        UUID responseId = hadDraft ? assignment.responseId() : TimeOrderedIds.next();
        ScoredResponseEvent event = ScoredResponseEvent.of(assignment, responseId, now, scores);
        store.write(new SubmissionStore.Submission(tenant, assignment, responseId, toJson(submitted), toJson(scores), scores,
                Timestamp.from(now), idempotencyKey, Outbox.SCORED_RESPONSE, toJson(event)));
        long version = hadDraft ? assignment.responseVersion() + 1 : 0;
        ResponseView view = new ResponseView(responseId, assignment.id(), assignment.respondentId(), assignment.instrumentId(),
                assignment.instrumentKey(), assignment.instrumentVersion(), ResponseStatus.SUBMITTED, submitted, scores,
                hadDraft ? assignment.responseCreatedAt() : now, now, now,
                Perspective.subjectOf(assignment.respondentId(), assignment.aboutPersonId()),
                Perspective.of(assignment.respondentId(), assignment.aboutPersonId()), assignment.role());
        return new Submitted(view, ETags.of(version));
    }

    private Map<String, Object> draftAnswers(LockedAssignment assignment) {
        if (assignment.responseAnswers() == null) {
            throw ProblemException.invalid("answers", "must be sent when no draft was saved");
        }
        try {
            return json.readValue(assignment.responseAnswers(), new TypeReference<LinkedHashMap<String, Object>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored draft of assignment " + assignment.id() + " is not JSON", e);
        }
    }

    private String toJson(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("not serialisable", e);
        }
    }

    private AssignmentView openForAnswers(UUID assignmentId) {
        AssignmentView assignment = assignments.lockForRespondent(assignmentId);
        access.requireSelfOr(assignment.respondentId(), ON_BEHALF);
        if (assignment.status() != AssignmentStatus.OPEN) {
            throw ProblemException.conflict("The assignment is " + assignment.status().name().toLowerCase() + "; it takes no more answers.");
        }
        return assignment;
    }

    private static void refuseProblems(List<DefinitionProblem> problems) {
        if (!problems.isEmpty()) {
            throw new ProblemException(ProblemType.UNPROCESSABLE,
                    problems.size() + " answer(s) are not valid for this instrument version; nothing was stored.",
                    problems.stream().map(p -> new FieldError(p.field(), p.message())).toList());
        }
    }

    private static SurveyResponse newResponse(AssignmentView assignment, Map<String, Object> answers) {
        SurveyResponse response = new SurveyResponse();
        response.assignmentId = assignment.id();
        response.respondentId = assignment.respondentId();
        response.instrumentId = assignment.instrumentId();
        response.instrumentKey = assignment.instrumentKey();
        response.instrumentVersion = assignment.instrumentVersion();
        response.status = ResponseStatus.DRAFT;
        response.subjectId = Perspective.subjectOf(assignment.respondentId(), assignment.aboutPersonId());
        response.perspective = Perspective.of(assignment.respondentId(), assignment.aboutPersonId());
        response.raterRole = assignment.role();
        response.programmeId = assignment.programmeId();
        response.wave = assignment.wave();
        response.answers = new LinkedHashMap<>(answers);
        return response;
    }
}
