package io.tandem.support.privacy;

import io.tandem.support.audit.Audited;
import io.tandem.support.audit.AuditedRead;
import io.tandem.support.feed.Outbox;
import io.tandem.support.persistence.TenantSql;
import io.tandem.support.security.Caller;
import io.tandem.support.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hibernate.Session;

import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.util.UUID;

/** A person's data rights in this service: a machine-readable copy, and erasure. */
@Path("/api/v1")
@Tag(name = "People's data", description = "GDPR access, portability (Art. 15, 20) and erasure (Art. 17) of one person's data.")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
@Audited
public class PeopleResource {

    public static final String PERSON_ERASED = "person-erased";
    private static final TenantSql FORGET_STORED_ANSWERS = TenantSql.of(
            "delete from idempotency_record where tenant_id = :tenant and strpos(body, ?) > 0");

    @Inject
    PersonData data;

    @Inject
    PersonColumns columns;

    @Inject
    Instance<PersonErasureSteps> steps;

    @Inject
    Outbox outbox;

    @Inject
    Caller caller;

    @Inject
    EntityManager em;

    @Inject
    com.fasterxml.jackson.databind.ObjectMapper json;

    @ConfigProperty(name = "quarkus.application.name", defaultValue = "tandem")
    String service;

    /** The person-erased event: the person's key, never their id. */
    public record PersonErased(String personKey, Instant erasedAt, boolean scoresKept) {
    }

    @GET
    @Path("/people/{personId}/data")
    @AuditedRead
    @PersonInPath
    @Operation(operationId = "exportPersonData", summary = "Everything this service stores that names the person, as JSON")
    @APIResponse(responseCode = "200", description = "The person's rows by table; empty tables when nothing names them.",
            content = @Content(schema = @Schema(implementation = PersonDataViews.Export.class)))
    public PersonDataViews.Export export(@PathParam("personId") @Size(max = 200) String personId) {
        return new PersonDataViews.Export(personId, service, Instant.now(), data.export(caller.tenant(), personId));
    }

    @DELETE
    @Path("/people/{personId}")
    @Consumes(MediaType.WILDCARD)
    @PersonInPath
    @Transactional
    @Operation(operationId = "erasePerson", summary = "Erase the person: content deleted, their id replaced by a random pseudonym everywhere")
    @APIResponse(responseCode = "200", description = "What was erased. Other people's records stay consistent (relationships remain as "
            + "pseudonymous shells); a person-erased event tells the other services.",
            content = @Content(schema = @Schema(implementation = PersonDataViews.Erasure.class)))
    public PersonDataViews.Erasure erase(@PathParam("personId") @Size(max = 200) String personId,
                                         @QueryParam("keepPseudonymousScores") @DefaultValue("false")
                                         @Pattern(regexp = "true|false", message = "must be true or false") @Size(max = 5)
                                         @Parameter(description = "true only where the person's study consent allows scores to stay as "
                                                 + "pseudonymous data; otherwise they are deleted.") String keepPseudonymousScores) {
        String tenant = caller.tenant();
        boolean keep = Boolean.parseBoolean(keepPseudonymousScores);
        int changed = 0;
        for (PersonErasureSteps step : steps) {
            changed += step.eraseContent(tenant, personId, keep);
        }
        if (columns.tables().containsKey("idempotency_record")) {
            changed += forgetStoredAnswers(tenant, personId);
        }
        changed += data.scrub(tenant, personId, PersonData.newPseudonym());
        String key = PersonData.personKey(tenant, personId);
        if (changed > 0 && columns.tables().containsKey("outbox_event")) {
            outbox.append(PERSON_ERASED, UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.US_ASCII)),
                    new PersonErased(key, Instant.now(), keep));
        }
        return new PersonDataViews.Erasure(key, changed, keep);
    }

    private int forgetStoredAnswers(String tenant, String personId) {
        em.flush();
        return em.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement delete = FORGET_STORED_ANSWERS.prepare(connection, tenant, json.writeValueAsString(personId))) {
                return delete.executeUpdate();
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        });
    }
}
