package io.tandem.support.api;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

/**
 * Conditional reads (RFC 9110 §13.1.2): a GET whose If-None-Match names the representation's current ETag
 * gets 304 Not Modified with the ETag and no body, so a mobile client's cache costs no transfer. If-None-Match
 * compares weakly (W/"3" matches "3"); "*" matches any current representation.
 */
@Provider
public class NotModified implements ContainerResponseFilter {

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (!HttpMethod.GET.equals(request.getMethod()) || response.getStatus() != Response.Status.OK.getStatusCode()) {
            return;
        }
        String ifNoneMatch = request.getHeaderString(HttpHeaders.IF_NONE_MATCH);
        Object etag = response.getHeaders().getFirst(HttpHeaders.ETAG);
        if (ifNoneMatch == null || etag == null) {
            return;
        }
        String current = opaque(etag.toString());
        for (String tag : ifNoneMatch.split(",")) {
            String candidate = tag.trim();
            if (candidate.equals("*") || opaque(candidate).equals(current)) {
                response.setStatus(Response.Status.NOT_MODIFIED.getStatusCode());
                response.setEntity(null);
                response.getHeaders().remove(HttpHeaders.CONTENT_TYPE);
                return;
            }
        }
    }

    private static String opaque(String tag) {
        return tag.startsWith("W/") ? tag.substring(2) : tag;
    }
}
