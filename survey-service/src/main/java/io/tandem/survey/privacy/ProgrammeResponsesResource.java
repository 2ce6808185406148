package io.tandem.survey.privacy;

import io.tandem.support.audit.Audited;
import io.tandem.support.persistence.TenantSql;
import io.tandem.support.security.Caller;
import io.tandem.support.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hibernate.Session;

import java.sql.PreparedStatement;
import java.util.List;
import java.util.UUID;

/**
 * Retention: a programme's responses (answers and scores) and its assignments erased, when matching-service's
 * retention job finds the programme ended longer ago than the tenant keeps data. Idempotent.
 */
@Path("/api/v1/programmes/{programmeId}/responses")
@Tag(name = "People's data", description = "GDPR access, portability (Art. 15, 20) and erasure (Art. 17) of one person's data.")
@Produces(MediaType.APPLICATION_JSON)
@Audited
public class ProgrammeResponsesResource {

    private static final List<TenantSql> ERASE = List.of(
            TenantSql.of("""
                    delete from scale_score s using survey_response r
                    where s.tenant_id = :tenant and r.tenant_id = s.tenant_id and s.response_id = r.id and r.programme_id = ?"""),
            TenantSql.of("delete from survey_response where tenant_id = :tenant and programme_id = ?"),
            TenantSql.of("""
                    delete from survey_response r using assignment a
                    where r.tenant_id = :tenant and a.tenant_id = r.tenant_id and r.assignment_id = a.id and a.programme_id = ?"""),
            TenantSql.of("delete from assignment where tenant_id = :tenant and programme_id = ?"),
            TenantSql.of("""
                    delete from outbox_event where tenant_id = :tenant and event_type in ('scored-response', 'assignment', 'assignment-reminder')
                      and payload->>'programmeId' = ?::text"""),
            TenantSql.of("delete from webhook_delivery where tenant_id = :tenant and body::jsonb->'data'->>'programmeId' = ?::text"));

    @Inject
    EntityManager em;

    @Inject
    Caller caller;

    /** How many rows the erasure removed. */
    @Schema(name = "ProgrammeResponsesErased")
    public record Erased(int rowsDeleted) {
    }

    @DELETE
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({Roles.SERVICE, Roles.ADMIN})
    @Transactional
    @Operation(operationId = "eraseProgrammeResponses", summary = "Erase a programme's assignments, responses and scores (retention)")
    @APIResponse(responseCode = "200", description = "Erased; again, nothing more is erased.",
            content = @Content(schema = @Schema(implementation = Erased.class)))
    public Erased erase(@PathParam("programmeId") UUID programmeId) {
        String tenant = caller.tenant();
        em.flush();
        int deleted = em.unwrap(Session.class).doReturningWork(connection -> {
            int rows = 0;
            for (TenantSql step : ERASE) {
                try (PreparedStatement statement = step.prepare(connection, tenant, programmeId)) {
                    rows += statement.executeUpdate();
                }
            }
            return rows;
        });
        em.clear();
        return new Erased(deleted);
    }
}
