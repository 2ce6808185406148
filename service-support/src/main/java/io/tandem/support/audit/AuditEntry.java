package io.tandem.support.audit;

/**
 * One audited call: who (token subject and roles), what (operation id, HTTP method and the resource's
 * path, the created resource's path for a create), with what outcome, under which request id.
 */
record AuditEntry(String actor, String roles, String method, String operation, String resource, int status, String requestId) {
}
