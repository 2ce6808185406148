package io.tandem.survey.instrument;

import io.tandem.support.audit.Audited;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import io.tandem.support.idempotency.Idempotent;
import io.tandem.survey.definition.Limits;

import java.util.UUID;
import io.tandem.support.api.Cursors;
import io.tandem.support.api.Page;
import io.tandem.support.api.Responses;
import io.tandem.support.security.Roles;
import jakarta.validation.constraints.Size;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/instruments")
@Tag(name = "Instruments", description = "Questionnaire definitions, versioned.")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Audited
public class InstrumentResource {

    static final String AUTHORS = "authors";

    @Inject
    InstrumentService instruments;

    @Inject
    InstrumentCatalog catalog;

    @POST
    @Idempotent
    @Extension(name = "x-idempotent", value = "true")
    @RolesAllowed({Roles.ADMIN, Roles.PROGRAMME_MANAGER, Roles.RESEARCHER})
    @Operation(operationId = "createInstrument", summary = "Start a new instrument as draft version 1")
    @APIResponse(responseCode = "201", description = "Created; Location and ETag headers are set.",
            content = @Content(schema = @Schema(implementation = InstrumentView.class)))
    @APIResponse(responseCode = "409", description = "The key is already taken in this tenant or by the built-in library.")
    public Response create(@Valid @NotNull InstrumentDraft draft, @Context UriInfo uri) {
        Instrument created = instruments.createDraft(draft);
        return Responses.created(uri, created, InstrumentView.of(created));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.PROGRAMME_MANAGER, Roles.RESEARCHER, Roles.INTEGRATION, Roles.MENTOR, Roles.MENTEE, Roles.SERVICE})
    @Operation(operationId = "getInstrument", summary = "Read one instrument version, the tenant's own or built-in")
    @APIResponse(responseCode = "200", description = "The instrument version with texts in every locale.",
            content = @Content(schema = @Schema(implementation = InstrumentView.class)),
            headers = @Header(ref = "ETag"))
    public Response get(@PathParam("id") @Parameter(description = "Instrument version id (UUID).") UUID id) {
        InstrumentVersion version = catalog.get(id);
        return Responses.ok(InstrumentView.of(version), version.etag());
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.PROGRAMME_MANAGER, Roles.RESEARCHER})
    @Operation(operationId = "replaceInstrumentDraft", summary = "Replace the content of a draft version (If-Match required)")
    @APIResponse(responseCode = "200", description = "The changed draft with its new ETag.",
            content = @Content(schema = @Schema(implementation = InstrumentView.class)),
            headers = @Header(ref = "ETag"))
    @APIResponse(responseCode = "409", description = "The version is published or retired.")
    @APIResponse(responseCode = "412", description = "The draft changed since the ETag sent in If-Match.")
    @APIResponse(responseCode = "428", description = "If-Match is missing.")
    public Response replace(@PathParam("id") UUID id, @HeaderParam("If-Match") @Size(max = 200) String ifMatch,
                            @Valid @NotNull InstrumentDraft draft) {
        Instrument changed = instruments.replaceDraft(id, ifMatch, draft);
        return Responses.ok(changed, InstrumentView.of(changed));
    }

    @DELETE
    @Consumes(MediaType.WILDCARD) // no body: any or no content type will do
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.PROGRAMME_MANAGER, Roles.RESEARCHER})
    @Operation(operationId = "deleteInstrumentDraft", summary = "Delete a draft version (If-Match required)")
    @APIResponse(responseCode = "204", description = "Deleted.")
    @APIResponse(responseCode = "409", description = "The version is published or retired.")
    public Response delete(@PathParam("id") UUID id, @HeaderParam("If-Match") @Size(max = 200) String ifMatch) {
        instruments.deleteDraft(id, ifMatch);
        return Response.noContent().build();
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.PROGRAMME_MANAGER, Roles.RESEARCHER, Roles.INTEGRATION, Roles.MENTOR, Roles.MENTEE, Roles.SERVICE})
    @Operation(operationId = "listInstruments", summary = "List the tenant's own instrument versions, oldest first")
    @APIResponse(responseCode = "200", description = "One page of instrument versions.")
    public Page<InstrumentView> list(
            @QueryParam("key") @Size(max = Limits.KEY_LENGTH) @Pattern(regexp = InstrumentDraft.KEY_PATTERN, message = "is not an instrument key") String key,
            @QueryParam("status") InstrumentStatus status,
            @QueryParam("cursor") @Size(max = 200) @Parameter(description = "nextCursor of the previous page.") String cursor,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(Cursors.MAX_LIMIT) int limit) {
        return instruments.list(key, status, cursor, limit);
    }

    @GET
    @Path("/library")
    @RolesAllowed({Roles.ADMIN, Roles.PROGRAMME_MANAGER, Roles.RESEARCHER, Roles.INTEGRATION, Roles.MENTOR, Roles.MENTEE, Roles.SERVICE})
    @Operation(operationId = "listBuiltInInstruments", summary = "List Tandem's built-in instrument library, every version")
    @APIResponse(responseCode = "200", description = "All built-in versions in one page, by key then version.")
    public Page<InstrumentView> library() {
        return catalog.library();
    }
}
