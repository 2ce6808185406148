package io.tandem.survey.response;

import io.tandem.support.api.ETags;
import io.tandem.support.problem.FieldError;
import io.tandem.support.problem.ProblemException;
import io.tandem.support.problem.ProblemType;
import io.tandem.support.security.PersonAccess;
import io.tandem.support.security.Roles;
import io.tandem.survey.assignment.Assignment;
import io.tandem.survey.assignment.AssignmentService;
import io.tandem.survey.assignment.AssignmentStatus;
import io.tandem.survey.definition.AnswerValidator;
import io.tandem.survey.definition.DefinitionProblem;
import io.tandem.survey.definition.DefinitionScoring;
import io.tandem.survey.definition.InstrumentDefinition;
import io.tandem.survey.feed.Outbox;
import io.tandem.survey.instrument.InstrumentCatalog;
import io.tandem.survey.score.ScoreStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

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
    ScoreStore scoreStore;

    @Inject
    Outbox outbox;

    public record Saved(SurveyResponse response, boolean isNew) {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public SurveyResponse ofAssignment(UUID assignmentId) {
        Assignment assignment = assignments.get(assignmentId);
        return SurveyResponse.<SurveyResponse>find("assignmentId", assignment.id).firstResultOptional()
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
        Assignment assignment = openForAnswers(assignmentId);
        SurveyResponse response = SurveyResponse.<SurveyResponse>find("assignmentId", assignment.id).firstResult();
        refuseProblems(AnswerValidator.checkDraft(catalog.publishedDefinition(assignment.instrumentId), answers));
        if (response == null) {
            response = newResponse(assignment, answers);
            response.persist();
            return new Saved(response, true);
        }
        ETags.require(ifMatch, response.etag());
        response.answers = answers;
        return new Saved(response, false);
    }

    /**
     * Validates, scores and stores the submission, its score rows and its outbox event in one
     * transaction. A retry with the Idempotency-Key of the submission that succeeded gets that
     * submission back; nothing is stored when the answers are refused.
     */
    @Transactional
    public SurveyResponse submit(UUID assignmentId, String idempotencyKey, Map<String, Object> answers) {
        Assignment assignment = assignments.lockForRespondent(assignmentId);
        access.requireSelfOr(assignment.respondentId, ON_BEHALF);
        SurveyResponse response = SurveyResponse.<SurveyResponse>find("assignmentId", assignment.id).firstResult();
        if (assignment.status == AssignmentStatus.SUBMITTED && response != null) {
            if (idempotencyKey != null && idempotencyKey.equals(response.idempotencyKey)) {
                return response;
            }
            throw ProblemException.conflict("The assignment was already submitted; a submitted response cannot change.");
        }
        requireOpen(assignment);
        Map<String, Object> submitted = answers != null ? answers : response != null ? response.answers : null;
        if (submitted == null) {
            throw ProblemException.invalid("answers", "must be sent when no draft was saved");
        }
        InstrumentDefinition definition = catalog.publishedDefinition(assignment.instrumentId);
        refuseProblems(AnswerValidator.checkSubmission(definition, submitted));
        List<ScoreView> scores = DefinitionScoring.score(definition, submitted).values().stream().map(ScoreView::of).toList();

        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        if (response == null) {
            response = newResponse(assignment, submitted);
            response.persist();
        }
        response.answers = submitted;
        response.status = ResponseStatus.SUBMITTED;
        response.scores = scores;
        response.submittedAt = now;
        response.idempotencyKey = idempotencyKey;
        assignment.status = AssignmentStatus.SUBMITTED;
        assignment.submittedAt = now;
        scoreStore.insert(response, scores);
        outbox.append(Outbox.SCORED_RESPONSE, response.id, ScoredResponseEvent.of(assignment, response));
        return response;
    }

    private Assignment openForAnswers(UUID assignmentId) {
        Assignment assignment = assignments.lockForRespondent(assignmentId);
        access.requireSelfOr(assignment.respondentId, ON_BEHALF);
        requireOpen(assignment);
        return assignment;
    }

    private static void requireOpen(Assignment assignment) {
        if (assignment.status != AssignmentStatus.OPEN) {
            throw ProblemException.conflict("The assignment is " + assignment.status.name().toLowerCase() + "; it takes no more answers.");
        }
    }

    private static void refuseProblems(List<DefinitionProblem> problems) {
        if (!problems.isEmpty()) {
            throw new ProblemException(ProblemType.UNPROCESSABLE,
                    problems.size() + " answer(s) are not valid for this instrument version; nothing was stored.",
                    problems.stream().map(p -> new FieldError(p.field(), p.message())).toList());
        }
    }

    private static SurveyResponse newResponse(Assignment assignment, Map<String, Object> answers) {
        SurveyResponse response = new SurveyResponse();
        response.assignmentId = assignment.id;
        response.respondentId = assignment.respondentId;
        response.instrumentId = assignment.instrumentId;
        response.instrumentKey = assignment.instrumentKey;
        response.instrumentVersion = assignment.instrumentVersion;
        response.status = ResponseStatus.DRAFT;
        response.answers = new LinkedHashMap<>(answers);
        return response;
    }
}
