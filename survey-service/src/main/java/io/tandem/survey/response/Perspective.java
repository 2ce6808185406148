package io.tandem.survey.response;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Whose view a response's scores give of their subject: the subject's own (a self-report) or another
 * person's (an assignment with an {@code aboutPersonId}: a rating of that person). The two are never
 * mixed in a score, a query or a report.
 */
@Schema(name = "Perspective", description = "`self`: the person's own report. `other`: ratings of the person by someone else "
        + "(an assignment with `aboutPersonId`), e.g. a protégé rating their mentor's behaviours.")
public enum Perspective {
    @JsonProperty("self") SELF,
    @JsonProperty("other") OTHER;

    /** The subject of a response is the person it is about: the other person when named, else the respondent. */
    public static String subjectOf(String respondentId, String aboutPersonId) {
        return aboutPersonId == null ? respondentId : aboutPersonId;
    }

    public static Perspective of(String respondentId, String aboutPersonId) {
        return aboutPersonId == null || aboutPersonId.equals(respondentId) ? SELF : OTHER;
    }
}
