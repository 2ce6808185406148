package io.tandem.support.webhook;

import io.quarkus.arc.properties.IfBuildProperty;
import io.tandem.support.api.Cursors;
import io.tandem.support.api.Page;
import io.tandem.support.audit.Audited;
import io.tandem.support.idempotency.Idempotent;
import io.tandem.support.problem.ProblemException;
import io.tandem.support.security.Caller;
import io.tandem.support.security.Roles;
import io.tandem.support.webhook.WebhookViews.DeliveryView;
import io.tandem.support.webhook.WebhookViews.EventTypes;
import io.tandem.support.webhook.WebhookViews.Redeliveries;
import io.tandem.support.webhook.WebhookViews.RedeliveryRequest;
import io.tandem.support.webhook.WebhookViews.SubscriptionRequest;
import io.tandem.support.webhook.WebhookViews.SubscriptionView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.UUID;

/** Webhook subscriptions of the caller's tenant, their delivery log, redelivery and ping. */
@Path("/api/v1/webhooks")
@Tag(name = "Webhooks", description = "Signed HTTP callbacks for this service's events, instead of polling.")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.INTEGRATION})
@IfBuildProperty(name = "tandem.webhooks.enabled", stringValue = "true")
@Audited
public class WebhookResource {

    @Inject
    WebhookStore store;

    @Inject
    WebhookCatalogue catalogue;

    @Inject
    WebhookSettings settings;

    @Inject
    Caller caller;

    @GET
    @Path("/event-types")
    @Operation(operationId = "listWebhookEventTypes", summary = "The event types this service sends")
    @APIResponse(responseCode = "200", description = "Every event type a subscription may ask for.")
    public EventTypes eventTypes() {
        return new EventTypes(List.copyOf(catalogue.eventTypes()));
    }

    @POST
    @Idempotent
    @Extension(name = "x-idempotent", value = "true")
    @Path("/subscriptions")
    @Transactional
    @Operation(operationId = "createWebhookSubscription", summary = "Subscribe a URL to event types; the answer shows the signing secret once")
    @APIResponse(responseCode = "201", description = "The subscription with its secret. Events committed from now on are delivered.",
            content = @Content(schema = @Schema(implementation = SubscriptionView.class)))
    @APIResponse(responseCode = "422", description = "The URL may not receive webhooks (not https, or a loopback, link-local or private "
            + "address), or an event type is unknown.")
    public Response create(@Valid @NotNull SubscriptionRequest request, @Context UriInfo uri) {
        settings.destinations().refusal(request.url()).ifPresent(why -> {
            throw new ProblemException(io.tandem.support.problem.ProblemType.UNPROCESSABLE, "The URL may not receive webhooks.",
                    List.of(new io.tandem.support.problem.FieldError("url", why)));
        });
        List<String> types = request.eventTypes().stream().distinct().sorted().toList();
        for (int i = 0; i < types.size(); i++) {
            if (!catalogue.eventTypes().contains(types.get(i))) {
                throw new ProblemException(io.tandem.support.problem.ProblemType.UNPROCESSABLE, "Unknown event type '" + types.get(i) + "'.",
                        List.of(new io.tandem.support.problem.FieldError("eventTypes", "'" + types.get(i) + "' is not one of "
                                + catalogue.eventTypes())));
            }
        }
        SubscriptionView created = store.create(caller.tenant(), caller.subject() == null ? "-" : caller.subject(), request.url(),
                request.description(), types, Signatures.newSecret());
        return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build()).entity(created).build();
    }

    @GET
    @Path("/subscriptions")
    @Transactional
    @Operation(operationId = "listWebhookSubscriptions", summary = "List the tenant's subscriptions, oldest first")
    @APIResponse(responseCode = "200", description = "One page of subscriptions (without secrets).")
    public Page<SubscriptionView> list(@QueryParam("cursor") @Size(max = 200) String cursor,
                                       @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(Cursors.MAX_LIMIT) int limit) {
        return store.list(caller.tenant(), cursor, limit);
    }

    @GET
    @Path("/subscriptions/{id}")
    @Transactional
    @Operation(operationId = "getWebhookSubscription", summary = "Read one subscription (without its secret)")
    @APIResponse(responseCode = "200", description = "The subscription.", content = @Content(schema = @Schema(implementation = SubscriptionView.class)))
    public SubscriptionView get(@PathParam("id") UUID id) {
        return store.require(caller.tenant(), id);
    }

    @DELETE
    @Consumes(MediaType.WILDCARD)
    @Path("/subscriptions/{id}")
    @Transactional
    @Operation(operationId = "deleteWebhookSubscription", summary = "Stop and delete a subscription with its delivery log")
    @APIResponse(responseCode = "204", description = "Deleted.")
    public Response delete(@PathParam("id") UUID id) {
        if (!store.delete(caller.tenant(), id)) {
            throw ProblemException.notFound("webhook subscription", id);
        }
        return Response.noContent().build();
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @Path("/subscriptions/{id}/enable")
    @Transactional
    @Operation(operationId = "enableWebhookSubscription", summary = "Re-enable a disabled subscription; queued events are delivered again")
    @APIResponse(responseCode = "200", description = "The active subscription.", content = @Content(schema = @Schema(implementation = SubscriptionView.class)))
    public SubscriptionView enable(@PathParam("id") UUID id) {
        return store.enable(caller.tenant(), id);
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @Path("/subscriptions/{id}/ping")
    @Transactional
    @Operation(operationId = "pingWebhookSubscription", summary = "Queue a signed ping event to the subscription's URL")
    @APIResponse(responseCode = "202", description = "The queued delivery; its log entry shows the outcome.",
            content = @Content(schema = @Schema(implementation = DeliveryView.class)))
    public Response ping(@PathParam("id") UUID id) {
        return Response.accepted(store.ping(caller.tenant(), id)).build();
    }

    @GET
    @Path("/subscriptions/{id}/deliveries")
    @Transactional
    @Operation(operationId = "listWebhookDeliveries", summary = "The subscription's delivery log, oldest first")
    @APIResponse(responseCode = "200", description = "One page of deliveries.")
    public Page<DeliveryView> deliveries(@PathParam("id") UUID id,
                                         @QueryParam("status") @Pattern(regexp = "pending|delivered|failed", message = "must be pending, delivered or failed")
                                         @Size(max = 9) String status,
                                         @QueryParam("cursor") @Size(max = 200) String cursor,
                                         @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(Cursors.MAX_LIMIT) int limit) {
        return store.deliveries(caller.tenant(), id, status, cursor, limit);
    }

    @POST
    @Path("/subscriptions/{id}/redeliveries")
    @Transactional
    @Operation(operationId = "redeliverWebhookEvents", summary = "Send one delivery again, or every event of a time range, with their event ids")
    @APIResponse(responseCode = "202", description = "How many deliveries were queued (at most 10,000 per call), after those already queued.",
            content = @Content(schema = @Schema(implementation = Redeliveries.class)))
    public Response redeliver(@PathParam("id") UUID id, @Valid @NotNull RedeliveryRequest request) {
        boolean one = request.deliveryId() != null;
        boolean range = request.from() != null && request.to() != null;
        if (one == range || (!range && (request.from() != null || request.to() != null))) {
            throw ProblemException.invalid("deliveryId", "give either deliveryId, or both from and to");
        }
        if (range && !request.from().isBefore(request.to())) {
            throw ProblemException.invalid("to", "must be after from");
        }
        return Response.accepted(new Redeliveries(store.redeliver(caller.tenant(), id, request.deliveryId(), request.from(), request.to())))
                .build();
    }
}
