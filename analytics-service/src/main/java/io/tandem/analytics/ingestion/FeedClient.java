package io.tandem.analytics.ingestion;

import io.tandem.support.security.ServiceTokens;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/** Reads one page of a feed from the service that serves it, as the platform identity (every tenant's events). */
@ApplicationScoped
class FeedClient {

    @Inject
    @RestClient
    FeedApis.Survey survey;

    @Inject
    @RestClient
    FeedApis.Matching matching;

    @Inject
    ServiceTokens tokens;

    FeedApis.Page<?> read(FeedSource source, String after, int limit) {
        String bearer = tokens.platform();
        return switch (source) {
            case SCORED_RESPONSES -> survey.scoredResponses(bearer, after, limit);
            case ASSIGNMENTS -> survey.assignments(bearer, after, limit);
            case PARTICIPANTS, PROPOSALS, RELATIONSHIPS -> matching.read(bearer, source.key(), after, limit);
            case SURVEY_ERASURES -> survey.personErasures(bearer, after, limit);
            case MATCHING_ERASURES -> matching.read(bearer, "person-erasures", after, limit);
        };
    }
}
