package io.tandem.analytics.report;

import io.tandem.support.audit.AuditedRead;
import io.tandem.support.audit.Audited;
import io.tandem.support.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import io.tandem.support.api.Cursors;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.LocalDate;
import java.util.UUID;

@Path("/api/v1/programmes/{programmeId}/reports")
@Tag(name = "Reports", description = "A programme's figures from the read model, each with its n, under the tenant's disclosure rules.")
@Produces(MediaType.APPLICATION_JSON)
@Audited
public class ReportResource {

    private static final String KEY = "[a-z][a-z0-9-]{0,62}";

    @Inject
    Reports reports;

    @GET
    @Path("/overview")
    @RolesAllowed({Roles.ADMIN, Roles.PROGRAMME_MANAGER, Roles.RESEARCHER})
    @Operation(operationId = "getProgrammeOverview", summary = "People, matches, phases, relationship age, check-in completion, meetings")
    @APIResponse(responseCode = "200", description = "The overview; a group under the minimum size shows no figure, with why.")
    @APIResponse(responseCode = "404", description = "No programme with this id in the read model of the caller's tenant.")
    public OverviewReport overview(@PathParam("programmeId") UUID programmeId) {
        return reports.overview(programmeId);
    }

    @GET
    @Path("/health")
    @RolesAllowed({Roles.ADMIN, Roles.PROGRAMME_MANAGER, Roles.RESEARCHER})
    @Operation(operationId = "getProgrammeHealth", summary = "Relationships, meetings and check-ins per week or month, for a chart")
    @APIResponse(responseCode = "200", description = "One entry per period (at most 260, the latest kept).")
    public HealthReport health(@PathParam("programmeId") UUID programmeId,
                               @QueryParam("interval") @DefaultValue("month") @Pattern(regexp = "week|month", message = "must be week or month")
                               @Size(max = 5) @Parameter(description = "week (from Monday) or month.") String interval,
                               @QueryParam("from") @Parameter(description = "First day; the programme's first fact when absent.") LocalDate from,
                               @QueryParam("to") @Parameter(description = "Last day; today when absent.") LocalDate to) {
        return reports.health(programmeId, interval, from, to);
    }

    @GET
    @AuditedRead
    @Path("/at-risk")
    @RolesAllowed({Roles.ADMIN, Roles.PROGRAMME_MANAGER})
    @Operation(operationId = "getAtRiskRelationships", summary = "Active relationships that need attention, each with its reasons and figures")
    @APIResponse(responseCode = "200", description = "Relationships with at least one reason, most reasons first, a page at a time. Thresholds: the tenant's settings.")
    public AtRiskReport atRisk(@PathParam("programmeId") UUID programmeId,
                               @QueryParam("instrumentKey") @DefaultValue("relationship-quality") @Pattern(regexp = KEY) @Size(max = 63)
                               @Parameter(description = "Instrument whose scale measures quality.") String instrumentKey,
                               @QueryParam("scaleKey") @DefaultValue("relationship-quality") @Pattern(regexp = KEY) @Size(max = 63)
                               @Parameter(description = "The quality scale of that instrument.") String scaleKey,
                               @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(Cursors.MAX_LIMIT)
                               @Parameter(description = "Relationships per page.") int limit,
                               @QueryParam("cursor") @Size(max = 200) @Parameter(description = "nextCursor of the previous page.") String cursor) {
        return reports.atRisk(programmeId, instrumentKey, scaleKey, limit, cursor);
    }

    @GET
    @Path("/mentors")
    @RolesAllowed({Roles.ADMIN, Roles.PROGRAMME_MANAGER, Roles.RESEARCHER})
    @Operation(operationId = "getMentorSelectivity", summary = "Decline rates, protégé diversity and quality consistency of mentors")
    @APIResponse(responseCode = "200", description = "Per mentor (managers and admins; a page at a time, by mentor id) and by mentee group (everyone allowed here; every group on every page).")
    public MentorsReport mentors(@PathParam("programmeId") UUID programmeId,
                                 @QueryParam("attribute") @NotBlank @Size(max = 63)
                                 @Parameter(description = "A self-identified attribute, e.g. gender.", required = true) String attribute,
                                 @QueryParam("instrumentKey") @DefaultValue("relationship-quality") @Pattern(regexp = KEY) @Size(max = 63)
                                 String instrumentKey,
                                 @QueryParam("scaleKey") @DefaultValue("relationship-quality") @Pattern(regexp = KEY) @Size(max = 63)
                                 String scaleKey,
                                 @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(Cursors.MAX_LIMIT)
                                 @Parameter(description = "Mentors per page.") int limit,
                                 @QueryParam("cursor") @Size(max = 300) @Parameter(description = "nextCursor of the previous page.") String cursor) {
        return reports.mentors(programmeId, attribute, instrumentKey, scaleKey, limit, cursor);
    }

    @GET
    @Path("/completion")
    @RolesAllowed({Roles.ADMIN, Roles.PROGRAMME_MANAGER, Roles.RESEARCHER})
    @Operation(operationId = "getCheckInCompletion", summary = "Check-in completion and overdue counts by wave and role")
    @APIResponse(responseCode = "200", description = "One cell per wave and role.")
    public CompletionReport completion(@PathParam("programmeId") UUID programmeId) {
        return reports.completion(programmeId);
    }
}
