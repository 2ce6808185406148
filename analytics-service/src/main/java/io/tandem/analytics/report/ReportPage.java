package io.tandem.analytics.report;

import io.quarkus.qute.Template;
import io.tandem.support.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

/** A printable programme report for HR people without a platform integration: tables and charts in one self-contained page. */
@Path("/api/v1/programmes/{programmeId}/report.html")
@Tag(name = "Reports")
public class ReportPage {

    @Inject
    Reports reports;

    @Inject
    Template report;

    @GET
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed({Roles.ADMIN, Roles.PROGRAMME_MANAGER, Roles.RESEARCHER})
    @Operation(operationId = "getProgrammeReportPage", summary = "The programme report as one printable HTML page (tables and inline SVG charts)")
    @APIResponse(responseCode = "200", description = "HTML without scripts or external resources; print it or save it as PDF.",
            content = @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = SchemaType.STRING, maxLength = 10_000_000)))
    public String page(@PathParam("programmeId") UUID programmeId) {
        Reports.PageReports parts = reports.page(programmeId, "relationship-quality");
        return report.data("overview", parts.overview()).data("completion", parts.completion())
                .data("phaseChart", Charts.overview(parts.overview())).data("completionChart", Charts.completion(parts.overview()))
                .data("healthChart", Charts.health(parts.health())).data("qualityChart", Charts.quality(parts.quality(), "relationship-quality"))
                .render();
    }
}
