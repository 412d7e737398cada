package io.cordon.http;

import io.cordon.access.ApiKey;
import io.cordon.access.ApiKeys;
import io.cordon.access.Scope;
import io.javalin.http.Context;
import java.util.Optional;
import java.util.Set;

/**
 * Requires {@code Authorization: ApiKey <key>} (as the hosted OpenSanctions API expects, so yente
 * clients work unchanged) on every endpoint except health checks. {@code Bearer <key>} is accepted
 * too, and {@code ?api_key=} as yente accepts it (never logged by Cordon: only paths and route
 * templates are). The key is put on the request; endpoints other than the case workflow need the
 * {@link Scope#SCREEN} scope, the case workflow checks {@link Scope#CASES} itself.
 */
final class ApiKeyFilter {
  static final String KEY = "cordon.apiKey";
  private static final Set<String> OPEN = Set.of("/healthz", "/readyz", "/openapi.json");

  private final ApiKeys keys;
  private final boolean required;

  ApiKeyFilter(ApiKeys keys, boolean required) {
    this.keys = keys;
    this.required = required;
  }

  void check(Context ctx) {
    if (!required || OPEN.contains(ctx.path()) || isUi(ctx.path())) {
      return;
    }
    String header = ctx.header("Authorization");
    if (header == null || header.isBlank()) {
      // yente clients may send ?api_key=; Cordon never logs query strings (Errors and the UI log the
      // path only, metrics the route template), but proxies may: the header is the way to prefer
      String q = ctx.queryParam("api_key");
      header = q == null ? null : "ApiKey " + q;
    }
    if (header == null) {
      throw ApiException.unauthorized("API key required: send 'Authorization: ApiKey <key>' (create one with 'cordon keys create NAME')");
    }
    String[] parts = header.strip().split("\\s+", 2);
    if (parts.length != 2 || !(parts[0].equalsIgnoreCase("ApiKey") || parts[0].equalsIgnoreCase("Bearer"))) {
      throw ApiException.unauthorized("Authorization header must be 'ApiKey <key>'");
    }
    Optional<ApiKey> key = keys.verify(parts[1]);
    if (key.isEmpty()) {
      throw ApiException.unauthorized("unknown or revoked API key");
    }
    ctx.attribute(KEY, key.get());
    if (!CaseRoutes.isCasePath(ctx.path()) && !key.get().allows(Scope.SCREEN)) {
      throw ApiException.forbidden("API key '" + key.get().name() + "' has no screen scope");
    }
  }

  /** The analyst UI authenticates by session login instead (see the UI routes). */
  private static boolean isUi(String path) {
    return path.equals("/") || path.startsWith("/ui") || path.startsWith("/static");
  }
}
