package io.tandem.matching.settings;

import io.tandem.support.audit.Audited;
import io.tandem.support.api.Responses;
import io.tandem.support.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/settings/disclosure")
@Tag(name = "Settings", description = "The tenant's disclosure rules for matching-service's reports.")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Audited
public class DisclosureResource {

    @Inject
    DisclosureRules rules;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.PROGRAMME_MANAGER, Roles.RESEARCHER})
    @Operation(operationId = "getDisclosureSettings", summary = "Read the tenant's disclosure rules")
    @APIResponse(responseCode = "200", description = "The settings, with an ETag to send back in If-Match.",
            content = @Content(schema = @Schema(implementation = DisclosureView.class)), headers = @Header(ref = "ETag"))
    public Response get() {
        DisclosureSettings current = rules.current();
        return Responses.ok(current, DisclosureView.of(current));
    }

    @PUT
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "replaceDisclosureSettings", summary = "Replace the tenant's disclosure rules")
    @APIResponse(responseCode = "200", description = "The new settings and their ETag.",
            content = @Content(schema = @Schema(implementation = DisclosureView.class)), headers = @Header(ref = "ETag"))
    @APIResponse(responseCode = "412", description = "The settings changed since the ETag you sent.")
    @APIResponse(responseCode = "428", description = "If-Match is missing.")
    public Response replace(@Valid @NotNull DisclosureUpdate update,
                            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = "ETag of the settings you read.", required = true)
                            @Size(max = 200) String ifMatch) {
        DisclosureSettings saved = rules.replace(update, ifMatch);
        return Responses.ok(saved, DisclosureView.of(saved));
    }
}
