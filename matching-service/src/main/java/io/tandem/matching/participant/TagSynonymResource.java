package io.tandem.matching.participant;

import io.tandem.support.audit.Audited;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import io.tandem.support.idempotency.Idempotent;
import io.tandem.support.api.Page;
import io.tandem.support.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

@Path("/api/v1/tag-synonyms")
@Tag(name = "Participants")
@Produces(MediaType.APPLICATION_JSON)
@Audited
public class TagSynonymResource {

    @Schema(name = "TagSynonymView")
    public record SynonymView(UUID id, @Schema(maxLength = ParticipantProfile.MAX_TAG) String alias,
                              @Schema(maxLength = ParticipantProfile.MAX_TAG) String canonical) {
        static SynonymView of(TagSynonym s) {
            return new SynonymView(s.id, s.alias, s.canonical);
        }
    }

    @Inject
    TagSynonymService synonyms;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.PROGRAMME_MANAGER, Roles.INTEGRATION})
    @Operation(operationId = "listTagSynonyms", summary = "The tenant's tag synonyms")
    @APIResponse(responseCode = "200", description = "Every synonym, by alias (at most a few hundred per tenant).")
    public Page<SynonymView> list() {
        return new Page<>(synonyms.list().stream().map(SynonymView::of).toList(), null);
    }

    @POST
    @Idempotent
    @Extension(name = "x-idempotent", value = "true")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.PROGRAMME_MANAGER, Roles.INTEGRATION})
    @Operation(operationId = "addTagSynonym", summary = "Add a synonym; tags enrolled or updated from now on use the canonical form")
    @APIResponse(responseCode = "201", description = "Added.")
    @APIResponse(responseCode = "409", description = "The alias already has a synonym.")
    public Response add(@Valid @NotNull TagSynonymRequest request, @jakarta.ws.rs.core.Context jakarta.ws.rs.core.UriInfo uri) {
        TagSynonym added = synonyms.add(request);
        return io.tandem.support.api.Responses.created(uri, added, SynonymView.of(added));
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.PROGRAMME_MANAGER, Roles.INTEGRATION})
    @Operation(operationId = "deleteTagSynonym", summary = "Remove a synonym (tags already stored keep their canonical form)")
    @APIResponse(responseCode = "204", description = "Removed.")
    public Response delete(@PathParam("id") UUID id) {
        synonyms.delete(id);
        return Response.noContent().build();
    }
}
