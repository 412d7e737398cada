package io.cordon.http;

import io.javalin.config.RoutesConfig;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * {@code /healthz}: the process answers. {@code /readyz}: it can screen (lists loaded, index open);
 * 503 with the reason otherwise, so a load balancer keeps traffic away until it is.
 */
public final class HealthRoutes implements CordonServer.Routes {
  private final Supplier<Optional<String>> notReadyReason;

  /** @param notReadyReason empty when ready, else why not */
  public HealthRoutes(Supplier<Optional<String>> notReadyReason) {
    this.notReadyReason = notReadyReason;
  }

  @Override
  public void register(RoutesConfig routes) {
    routes.get("/healthz", ctx -> ctx.json(Map.of("status", "ok")));
    routes.get("/readyz", ctx -> {
      Optional<String> reason = notReadyReason.get();
      if (reason.isPresent()) {
        // yente's text; Cordon's reason beside it.
        Errors.write(ctx, 503, "Index not ready.", Map.of("reason", reason.get()));
      } else {
        ctx.json(Map.of("status", "ok"));
      }
    });
  }
}
