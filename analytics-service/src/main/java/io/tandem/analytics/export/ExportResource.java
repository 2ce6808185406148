package io.tandem.analytics.export;

import io.tandem.support.security.Caller;
import io.tandem.support.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.ResponseHeader;
import jakarta.ws.rs.core.StreamingOutput;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

@Path("/api/v1/programmes/{programmeId}/exports")
@Tag(name = "Exports", description = "The programme's data for research: pseudonymous, rounded to the week, with a codebook.")
public class ExportResource {

    @Inject
    ResearchExport export;

    @Inject
    Caller caller;

    @GET
    @Path("/research.csv")
    @Produces("text/csv")
    @RolesAllowed({Roles.RESEARCHER, Roles.ADMIN})
    @Operation(operationId = "exportResearchCsv", summary = "One row per relationship and wave: pseudonymous ids, weeks, phase, scale scores")
    @APIResponse(responseCode = "200", description = "UTF-8 CSV with a header row, streamed; codebook.json describes every column.",
            content = @Content(mediaType = "text/csv", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING,
                    maxLength = 2_000_000_000)))
    @APIResponse(responseCode = "404", description = "No programme with this id in the read model of the caller's tenant.")
    @ResponseHeader(name = "Content-Disposition", value = "attachment; filename=\"research.csv\"")
    @ResponseHeader(name = "Cache-Control", value = "no-store")
    public StreamingOutput researchCsv(@PathParam("programmeId") UUID programmeId) {
        String tenant = caller.tenant();
        export.requireKnown(tenant, programmeId);
        return stream -> {
            java.io.BufferedOutputStream out = new java.io.BufferedOutputStream(stream, 1 << 16);
            export.write(tenant, programmeId, out);
            out.flush();
        };
    }

    @GET
    @Path("/codebook.json")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.RESEARCHER, Roles.ADMIN})
    @Operation(operationId = "getResearchCodebook", summary = "Every column of research.csv: name, type, instrument, version, scale, allowed values")
    @APIResponse(responseCode = "200", description = "The codebook of the programme's export as it would be made now.")
    public ResearchColumns.Codebook codebook(@PathParam("programmeId") UUID programmeId) {
        return export.codebook(caller.tenant(), programmeId);
    }
}
