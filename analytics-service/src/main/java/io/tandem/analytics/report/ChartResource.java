package io.tandem.analytics.report;

import io.tandem.support.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

@Path("/api/v1/programmes/{programmeId}/charts")
@Tag(name = "Reports")
@Produces(ChartResource.SVG)
@RolesAllowed({Roles.ADMIN, Roles.PROGRAMME_MANAGER, Roles.RESEARCHER})
public class ChartResource {

    static final String SVG = "image/svg+xml";
    private static final String KEY = "[a-z][a-z0-9-]{0,62}";

    @Inject
    Reports reports;

    @GET
    @Path("/overview.svg")
    @Operation(operationId = "getOverviewChart", summary = "Relationships by phase, as a standalone SVG bar chart")
    @APIResponse(responseCode = "200", description = "SVG; a hidden group is a hatched gap with its reason.",
            content = @Content(mediaType = SVG, schema = @Schema(type = SchemaType.STRING, maxLength = 1_000_000)))
    public String overview(@PathParam("programmeId") UUID programmeId) {
        return Charts.overview(reports.overview(programmeId));
    }

    @GET
    @Path("/completion.svg")
    @Operation(operationId = "getCompletionChart", summary = "Check-in completion by wave, as a standalone SVG bar chart")
    @APIResponse(responseCode = "200", description = "SVG with each wave's share answered and its n.",
            content = @Content(mediaType = SVG, schema = @Schema(type = SchemaType.STRING, maxLength = 1_000_000)))
    public String completion(@PathParam("programmeId") UUID programmeId) {
        return Charts.completion(reports.overview(programmeId));
    }

    @GET
    @Path("/health.svg")
    @Operation(operationId = "getHealthChart", summary = "Active relationships, meetings and check-ins answered over time, as SVG lines")
    @APIResponse(responseCode = "200", description = "SVG; a hidden period is a dashed gap.",
            content = @Content(mediaType = SVG, schema = @Schema(type = SchemaType.STRING, maxLength = 1_000_000)))
    public String health(@PathParam("programmeId") UUID programmeId,
                         @QueryParam("interval") @DefaultValue("month") @Pattern(regexp = "week|month", message = "must be week or month")
                         @Size(max = 5) String interval) {
        return Charts.health(reports.health(programmeId, interval, null, null));
    }

    @GET
    @Path("/quality.svg")
    @Operation(operationId = "getQualityChart", summary = "Mean self-reported quality by wave for each side, as SVG lines")
    @APIResponse(responseCode = "200", description = "SVG with the n of every point; a wave answered by too few people is a gap.",
            content = @Content(mediaType = SVG, schema = @Schema(type = SchemaType.STRING, maxLength = 1_000_000)))
    public String quality(@PathParam("programmeId") UUID programmeId,
                          @QueryParam("instrumentKey") @DefaultValue("relationship-quality") @Pattern(regexp = KEY) @Size(max = 63)
                          String instrumentKey,
                          @QueryParam("scaleKey") @DefaultValue("relationship-quality") @Pattern(regexp = KEY) @Size(max = 63) String scaleKey) {
        return Charts.quality(reports.quality(programmeId, instrumentKey, scaleKey), scaleKey);
    }
}
