package io.tandem.matching.survey;

import jakarta.ws.rs.WebApplicationException;

/** A 4xx from survey-service: retrying cannot help, and it says nothing about the service's health. */
public class SurveyClientError extends WebApplicationException {

    SurveyClientError(WebApplicationException cause) {
        super(cause.getMessage(), cause, cause.getResponse());
    }
}
