package io.tandem.matching.participant;

import io.tandem.support.audit.Audited;
import java.util.UUID;
import io.tandem.support.api.Responses;
import io.tandem.support.security.Roles;
import jakarta.validation.constraints.Size;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/participants/{id}")
@Tag(name = "Participants")
@Produces(MediaType.APPLICATION_JSON)
@Audited
public class ParticipantProfileResource {

    @Inject
    ParticipantService participants;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.PROGRAMME_MANAGER, Roles.INTEGRATION, Roles.RESEARCHER, Roles.SERVICE, Roles.MENTOR, Roles.MENTEE})
    @Operation(operationId = "getParticipant", summary = "Read a participant (mentors and mentees: their own profile only)")
    @APIResponse(responseCode = "200", description = "The participant.", content = @Content(schema = @Schema(implementation = ParticipantView.class)),
            headers = @Header(ref = "ETag"))
    public Response get(@PathParam("id") UUID id) {
        Participant participant = participants.get(id);
        return Responses.ok(participant, ParticipantView.of(participant));
    }

    @PUT
    @RolesAllowed({Roles.ADMIN, Roles.PROGRAMME_MANAGER, Roles.INTEGRATION, Roles.MENTOR, Roles.MENTEE})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "updateParticipant",
            summary = "Replace a participant's profile (If-Match); a mentor or mentee edits their own, but not role or status")
    @APIResponse(responseCode = "200", description = "The updated participant.", content = @Content(schema = @Schema(implementation = ParticipantView.class)),
            headers = @Header(ref = "ETag"))
    @APIResponse(responseCode = "412", description = "Changed since the ETag sent.")
    @APIResponse(responseCode = "428", description = "If-Match is missing.")
    public Response update(@PathParam("id") UUID id, @HeaderParam("If-Match") @Size(max = 200) String ifMatch, @Valid @NotNull ParticipantProfile profile) {
        Participant updated = participants.update(id, ifMatch, profile);
        return Responses.ok(updated, ParticipantView.of(updated));
    }
}
