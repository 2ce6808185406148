package io.tandem.survey.instrument;

import io.tandem.support.audit.Audited;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import io.tandem.support.idempotency.Idempotent;
import java.util.UUID;
import io.tandem.support.api.Responses;
import io.tandem.support.security.Roles;
import jakarta.validation.constraints.Size;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/instruments/{id}")
@Tag(name = "Instruments")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.PROGRAMME_MANAGER, Roles.RESEARCHER})
@Audited
public class InstrumentLifecycleResource {

    @Inject
    InstrumentService instruments;

    @POST
    @Path("/publish")
    @Operation(operationId = "publishInstrument",
            summary = "Publish a draft: the whole definition is checked and the version becomes immutable")
    @APIResponse(responseCode = "200", description = "The published version.",
            content = @Content(schema = @Schema(implementation = InstrumentView.class)),
            headers = @Header(ref = "ETag"))
    @APIResponse(responseCode = "409", description = "The version is not a draft.")
    @APIResponse(responseCode = "412", description = "If-Match was sent and the draft has changed since.")
    @APIResponse(responseCode = "422", description = "The definition has problems; `errors` lists every one.")
    public Response publish(@PathParam("id") UUID id, @HeaderParam("If-Match") @Size(max = 200) String ifMatch) {
        Instrument published = instruments.publish(id, ifMatch);
        return Responses.ok(published, InstrumentView.of(published));
    }

    @POST
    @Path("/retire")
    @Operation(operationId = "retireInstrument",
            summary = "Retire a published version: no new assignments; its responses stay readable")
    @APIResponse(responseCode = "200", description = "The retired version.",
            content = @Content(schema = @Schema(implementation = InstrumentView.class)),
            headers = @Header(ref = "ETag"))
    @APIResponse(responseCode = "409", description = "The version is not published.")
    public Response retire(@PathParam("id") UUID id, @HeaderParam("If-Match") @Size(max = 200) String ifMatch) {
        Instrument retired = instruments.retire(id, ifMatch);
        return Responses.ok(retired, InstrumentView.of(retired));
    }

    @POST
    @Idempotent
    @Extension(name = "x-idempotent", value = "true")
    @Path("/versions")
    @Operation(operationId = "startInstrumentVersion", summary = "Start the next version of this key as a draft copy of this version")
    @APIResponse(responseCode = "201", description = "The new draft version.",
            content = @Content(schema = @Schema(implementation = InstrumentView.class)))
    @APIResponse(responseCode = "409", description = "The key already has a draft, or the instrument is built-in.")
    public Response newVersion(@PathParam("id") UUID id, @Context UriInfo uri) {
        Instrument next = instruments.newVersion(id);
        return Response.created(UriBuilder.fromUri(uri.getBaseUri()).path("api/v1/instruments").path(next.id.toString()).build())
                .header("ETag", next.etag()).entity(InstrumentView.of(next)).build();
    }
}
