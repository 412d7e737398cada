package io.cordon.http;

import io.javalin.http.Context;
import io.javalin.router.Endpoint;
import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.concurrent.TimeUnit;

/**
 * Prometheus metrics at {@code /metrics}: request rate and latency per route and status (a timer
 * with percentile histogram), plus whatever gauges the server registers (snapshot ages).
 */
final class Metrics {
  private static final String START = "cordon.start";
  private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);

  PrometheusMeterRegistry registry() {
    return registry;
  }

  void begin(Context ctx) {
    ctx.attribute(START, System.nanoTime());
  }

  void end(Context ctx) {
    Long start = ctx.attribute(START);
    if (start == null) {
      return;
    }
    // The route template of the handler that answered, not the raw path (bounded label values).
    Endpoint handled = ctx.endpoints().lastHttpEndpoint();
    String route = handled == null ? null : handled.path;
    Timer.builder("cordon_http_requests")
        .description("HTTP requests by route and status")
        .tag("method", ctx.method().name())
        .tag("route", route == null || route.isEmpty() ? "unmatched" : route)
        .tag("status", Integer.toString(ctx.statusCode()))
        .publishPercentileHistogram()
        .register(registry)
        .record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
  }

  String scrape() {
    return registry.scrape();
  }
}
