/**
 * The HTTP server (Javalin): routes that translate requests to core calls and back (the yente-compatible
 * API, {@code /v1}, cases, trade checks, health and metrics); {@code Errors} maps exceptions to JSON
 * errors in one place, {@code ApiKeyFilter} checks keys, {@code CordonServer} wires it together.
 */
package io.cordon.http;
