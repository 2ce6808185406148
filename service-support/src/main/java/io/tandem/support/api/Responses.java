package io.tandem.support.api;

import io.tandem.support.persistence.TenantOwned;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** The shapes of successful answers: a created resource has a Location, and every single resource an ETag. */
public final class Responses {

    private Responses() {
    }

    public static Response created(UriInfo uri, TenantOwned entity, Object view) {
        return Response.created(uri.getAbsolutePathBuilder().path(entity.id.toString()).build())
                .header(HttpHeaders.ETAG, entity.etag())
                .entity(view)
                .build();
    }

    public static Response ok(TenantOwned entity, Object view) {
        return ok(view, entity.etag());
    }

    /** A single resource that is not a tenant's entity (a built-in instrument, a rendered form). */
    public static Response ok(Object view, String etag) {
        return Response.ok(view).header(HttpHeaders.ETAG, etag).build();
    }
}
