package io.tandem.survey.score;

import io.tandem.survey.assignment.AssignmentRequest;

import io.tandem.support.api.Cursors;
import io.tandem.support.api.Page;
import io.tandem.support.security.PersonAccess;
import io.tandem.support.security.Roles;
import io.tandem.survey.definition.Limits;
import io.tandem.survey.assignment.RespondentRole;
import io.tandem.survey.response.Perspective;
import io.tandem.support.problem.ProblemException;
import io.tandem.support.problem.ProblemType;
import io.tandem.support.security.Caller;
import jakarta.validation.constraints.Size;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1")
@Tag(name = "Scores", description = "Scale and index scores of submitted responses.")
@Produces(MediaType.APPLICATION_JSON)
public class ScoresResource {

    @Inject
    ScoreQueries queries;

    @Inject
    PersonAccess access;

    @Inject
    Caller caller;

    private static final String[] STAFF = {Roles.ADMIN, Roles.PROGRAMME_MANAGER, Roles.RESEARCHER, Roles.INTEGRATION, Roles.SERVICE};

    @GET
    @Path("/people/{personId}/scores")
    @RolesAllowed({Roles.ADMIN, Roles.PROGRAMME_MANAGER, Roles.RESEARCHER, Roles.INTEGRATION, Roles.SERVICE, Roles.MENTOR, Roles.MENTEE})
    @Operation(operationId = "listPersonScores", summary = "A person's score sets, oldest first (mentors and mentees: their own self-reports)",
            description = "`perspective=self` (default): the person's own reports. `perspective=other`: ratings of the person by others "
                    + "(e.g. `raterRole=mentee`: a mentor's behaviours as their protégés rate them); staff only, since a participant "
                    + "must not see how a named partner rated them. A rating someone gave is never among their own scores.")
    @APIResponse(responseCode = "200", description = "One page of score sets.")
    public Page<ScoreSet> ofPerson(@PathParam("personId") @Size(max = AssignmentRequest.MAX_PERSON_ID) String personId,
                                   @QueryParam("instrumentKey") @Size(max = Limits.KEY_LENGTH) @Pattern(regexp = Limits.KEY, message = "is not an instrument key") String instrumentKey,
                                   @QueryParam("perspective") @Parameter(description = "`self` when absent.") Perspective perspective,
                                   @QueryParam("raterRole") RespondentRole raterRole,
                                   @QueryParam("cursor") @Size(max = 200) String cursor,
                                   @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(Cursors.MAX_LIMIT) int limit) {
        Perspective seen = perspective == null ? Perspective.SELF : perspective;
        if (seen != Perspective.SELF && java.util.Arrays.stream(STAFF).noneMatch(caller::hasRole)) {
            throw new ProblemException(ProblemType.FORBIDDEN, "Ratings by others are for programme staff; participants read their own reports.");
        }
        if (raterRole != null && seen == Perspective.SELF) {
            throw ProblemException.invalid("raterRole", "applies only with perspective=other");
        }
        return queries.ofPerson(access.limitTo(personId), seen, raterRole, instrumentKey, cursor, limit);
    }

    @POST
    @Path("/scores/query")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.PROGRAMME_MANAGER, Roles.RESEARCHER, Roles.INTEGRATION, Roles.SERVICE})
    @Operation(operationId = "queryLatestScores",
            summary = "Latest valid score of each requested scale for up to 10,000 people (one call per matching run)")
    @APIResponse(responseCode = "200", description = "Scores by person; people without any valid score are listed apart.")
    public LatestScores query(@Valid @NotNull ScoresQuery query) {
        return queries.latest(query);
    }
}
