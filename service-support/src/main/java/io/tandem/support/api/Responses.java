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
        return Response.ok(view).header(HttpHeaders.ETAG, entity.etag()).build();
    }
}
