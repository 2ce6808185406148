package io.tandem.matching.participant;

import io.tandem.support.audit.Audited;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import io.tandem.support.idempotency.Idempotent;
import java.util.UUID;
import io.tandem.support.api.Cursors;
import io.tandem.support.api.Page;
import io.tandem.support.api.Responses;
import io.tandem.support.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

@Path("/api/v1/programmes/{programmeId}/participants")
@Tag(name = "Participants", description = "People enrolled in a programme and their matching profiles.")
@Produces(MediaType.APPLICATION_JSON)
@Audited
public class ParticipantResource {

    @Inject
    ParticipantService participants;

    @POST
    @Idempotent
    @Extension(name = "x-idempotent", value = "true")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.PROGRAMME_MANAGER, Roles.INTEGRATION})
    @Operation(operationId = "enrolParticipant", summary = "Enrol one person in the programme")
    @APIResponse(responseCode = "201", description = "Enrolled.", content = @Content(schema = @Schema(implementation = ParticipantView.class)))
    @APIResponse(responseCode = "409", description = "The person is already enrolled; update them, or use the bulk upload.")
    public Response enrol(@PathParam("programmeId") UUID programmeId, @Valid @NotNull ParticipantProfile profile, @Context UriInfo uri) {
        Participant enrolled = participants.enrol(programmeId, profile);
        return Response.created(UriBuilder.fromUri(uri.getBaseUri()).path("api/v1/participants").path(enrolled.id.toString()).build())
                .header("ETag", enrolled.etag()).entity(ParticipantView.of(enrolled)).build();
    }

    @POST
    @Idempotent
    @Extension(name = "x-idempotent", value = "true")
    @Path("/bulk")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.PROGRAMME_MANAGER, Roles.INTEGRATION})
    @Operation(operationId = "enrolParticipantsInBulk",
            summary = "Enrol or update up to 20,000 people (JSON); people already enrolled are updated by person id")
    @APIResponse(responseCode = "200", description = "Per-row outcome.", content = @Content(schema = @Schema(implementation = BulkEnrolmentReport.class)))
    public BulkEnrolmentReport enrolAll(@PathParam("programmeId") UUID programmeId,
                                        @NotNull @Size(min = 1, max = ParticipantService.MAX_BULK) List<ParticipantProfile> profiles) {
        return participants.enrolAll(programmeId, profiles, null);
    }

    @POST
    @Idempotent
    @Extension(name = "x-idempotent", value = "true")
    @Path("/bulk")
    @Consumes("text/csv")
    @RolesAllowed({Roles.ADMIN, Roles.PROGRAMME_MANAGER, Roles.INTEGRATION})
    @Operation(operationId = "enrolParticipantsFromCsv",
            summary = "Enrol or update up to 20,000 people from CSV (header row of field names; lists separated by ';')")
    @APIResponse(responseCode = "200", description = "Per-row outcome.", content = @Content(schema = @Schema(implementation = BulkEnrolmentReport.class)))
    public BulkEnrolmentReport enrolFromCsv(@PathParam("programmeId") UUID programmeId,
                                            @NotNull @RequestBody(description = "CSV text, UTF-8: a header row of field names, "
                                                    + "lists separated by ';'.", content = @Content(mediaType = "text/csv",
                                                    schema = @Schema(type = SchemaType.STRING, maxLength = 32 * 1024 * 1024),
                                                    example = "personId,role,careerStage,timeZone,skillsOffered\nemp-20881,mentor,6,Europe/Lisbon,kubernetes;system design\nemp-10442,mentee,2,Europe/Berlin,"))
                                            String csv) {
        CsvParticipants.Parsed parsed = CsvParticipants.parse(csv, ParticipantService.MAX_BULK);
        return participants.enrolAll(programmeId, parsed.profiles(), parsed.errors());
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.PROGRAMME_MANAGER, Roles.INTEGRATION, Roles.RESEARCHER, Roles.SERVICE})
    @Operation(operationId = "searchParticipants", summary = "Search and filter a programme's participants, oldest first")
    @APIResponse(responseCode = "200", description = "One page of participants.")
    public Page<ParticipantView> search(@PathParam("programmeId") UUID programmeId,
                                        @QueryParam("role") @Parameter(description = "mentor also lists people enrolled as both.") ParticipantRole role,
                                        @QueryParam("status") ParticipantStatus status,
                                        @QueryParam("skill") @Size(max = ParticipantProfile.MAX_TAG) String skill,
                                        @QueryParam("goal") @Size(max = ParticipantProfile.MAX_TAG) String goal,
                                        @QueryParam("track") @Size(max = ParticipantProfile.MAX_TAG) String track,
                                        @QueryParam("timeZone") @Size(max = 64) String timeZone,
                                        @QueryParam("capacityLeft") @Parameter(description = "Mentors with (true) or without (false) a free place "
                                                + "(pairs whose relationship is still active, active informal relationships and undecided published proposals hold "
                                                + "places; a recommendation only once the mentee chose it).") Boolean capacityLeft,
                                        @QueryParam("matched") @Parameter(description = "People in (true) or not in (false) an accepted pair.")
                                        Boolean matched,
                                        @QueryParam("missingRequiredSurveys") @Parameter(description = "Mentors lacking (true) or having "
                                                + "(false) every instrument the programme requires; asks survey-service.") Boolean missingRequiredSurveys,
                                        @QueryParam("cursor") @Size(max = 200) String cursor,
                                        @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(Cursors.MAX_LIMIT) int limit) {
        return participants.search(programmeId,
                new ParticipantService.ParticipantSearch(role, status, skill, goal, track, timeZone, capacityLeft,
                        matched, missingRequiredSurveys), cursor, limit);
    }
}
