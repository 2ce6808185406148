package io.tandem.survey.response;

import io.tandem.survey.assignment.RespondentInstrument;
import io.tandem.survey.assignment.RespondentRole;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The answers to one assignment: a draft until submitted, immutable afterwards. */
@Entity
@Table(name = "survey_response")
public class SurveyResponse extends RespondentInstrument {

    @Column(nullable = false, updatable = false)
    public UUID assignmentId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ResponseStatus status;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public Map<String, Object> answers;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<ScoreView> scores;

    public Instant submittedAt;

    public String idempotencyKey;

    /** The person the scores are about: the respondent, or the person an assignment asks them to rate. */
    @Column(nullable = false, updatable = false)
    public String subjectId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public Perspective perspective;

    @Column(updatable = false)
    public UUID programmeId;

    @Column(updatable = false)
    public String wave;

    /** The respondent's side of the relationship, when the assignment names one. */
    @Enumerated(EnumType.STRING)
    @Column(updatable = false)
    public RespondentRole raterRole;
}
