package io.cordon.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.cordon.access.ApiKeys;
import io.javalin.Javalin;
import io.javalin.compression.CompressionStrategy;
import io.javalin.compression.Gzip;
import io.javalin.config.RoutesConfig;
import io.javalin.json.JavalinJackson;
import jakarta.servlet.DispatcherType;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.function.Consumer;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.server.handler.GracefulHandler;

/**
 * The HTTP server: yente-compatible matching API, Cordon's own {@code /v1} API, metrics, health
 * checks and the analyst UI. Handlers only translate HTTP to calls on the core and back; routes
 * are contributed by small {@link Routes} classes.
 */
public final class CordonServer implements AutoCloseable {

  /** A group of endpoints. */
  public interface Routes {
    void register(RoutesConfig routes);
  }

  private final Javalin app;
  private final Metrics metrics;

  private CordonServer(Javalin app, Metrics metrics) {
    this.app = app;
    this.metrics = metrics;
  }

  /** Builds and starts a server with the default {@link HttpOptions}. */
  public static CordonServer start(ServerConfig config, ApiKeys keys, List<Routes> routes) {
    return start(config, keys, routes, HttpOptions.defaults());
  }

  /** Builds and starts a server. */
  public static CordonServer start(ServerConfig config, ApiKeys keys, List<Routes> routes, HttpOptions options) {
    Metrics metrics = new Metrics();
    RequestIds requestIds = new RequestIds(options.accessLog());
    ObjectMapper json = RequestJson.MAPPER.copy().disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);
    ApiKeyFilter auth = new ApiKeyFilter(keys, config.requireApiKey());
    Javalin app = Javalin.create(c -> {
      c.startup.showJavalinBanner = false;
      c.http.maxRequestSize = config.maxBodyBytes();
      BodyLimit limit = new BodyLimit(config.maxBodyBytes());
      c.jetty.modifyServletContextHandler(h -> h.addFilter(new FilterHolder(limit), "/*",
          EnumSet.of(DispatcherType.REQUEST)));
      c.http.prefer405over404 = true;
      // Room for yente's 60,000-byte URLs so that the limit below answers, not Jetty's 8 KB default.
      c.jetty.modifyHttpConfiguration(h -> h.setRequestHeaderSize(MAX_URL_BYTES + 16 * 1024));
      c.jsonMapper(new JavalinJackson(json, false));
      if (options.gzipMinBytes() > 0) {
        CompressionStrategy gzip = new CompressionStrategy(null, new Gzip(6));
        gzip.setDefaultMinSizeForCompression(options.gzipMinBytes());
        c.http.compressionStrategy = gzip;
      } else {
        c.http.compressionStrategy = CompressionStrategy.NONE;
      }
      if (!options.corsOrigins().isEmpty()) {
        c.bundledPlugins.enableCors(cors -> cors.addRule(rule -> {
          if (options.corsOrigins().contains("*")) {
            rule.anyHost();
          } else {
            options.corsOrigins().forEach(rule::allowHost);
          }
          rule.exposeHeader("x-batch-size");
          rule.exposeHeader(RequestIds.HEADER);
          rule.exposeHeader("Retry-After");
        }));
      }
      // Graceful stop: Jetty stops accepting, then waits up to the grace for requests in flight;
      // on Jetty 12 the GracefulHandler is what counts them and lets the stop wait.
      c.jetty.modifyServer(server -> {
        server.setStopTimeout(options.shutdownGrace().toMillis());
        server.setStopAtShutdown(false);
        server.insertHandler(new GracefulHandler());
      });
      RoutesConfig r = c.routes;
      r.before(requestIds::begin);
      r.before(metrics::begin);
      r.before(CordonServer::urlLength);
      r.before(auth::check);
      r.after(metrics::end);
      r.after(requestIds::end);
      Errors.register(r, options.retryAfterSeconds());
      r.get("/metrics", ctx -> ctx.contentType("text/plain; version=0.0.4").result(metrics.scrape()));
      for (Routes group : routes) {
        group.register(r);
      }
    });
    app.start(config.bind(), config.port());
    return new CordonServer(app, metrics);
  }

  /** yente's {@code YENTE_MAX_URL_LENGTH}: longer path + query strings are a 414. */
  static final int MAX_URL_BYTES = 60_000;

  private static void urlLength(io.javalin.http.Context ctx) {
    String q = ctx.queryString();
    int length = ctx.path().length() + (q == null ? 0 : q.length() + 1);
    if (length > MAX_URL_BYTES) {
      throw new ApiException(414, "Request URI too long");
    }
  }

  /** Every HTTP endpoint as {@code "METHOD /path/{param}"}, for checking the OpenAPI document against. */
  public java.util.SortedSet<String> endpoints() {
    java.util.SortedSet<String> out = new java.util.TreeSet<>();
    for (io.javalin.router.ParsedEndpoint e : app.unsafe.internalRouter.allHttpHandlers()) {
      if (e.endpoint.method.isHttpMethod()) {
        out.add(e.endpoint.method.name() + " " + e.endpoint.path);
      }
    }
    return out;
  }

  public int port() {
    return app.port();
  }

  /** Registers extra meters (e.g. snapshot age gauges). */
  public void meters(Consumer<io.micrometer.core.instrument.MeterRegistry> binder) {
    binder.accept(metrics.registry());
  }

  @Override
  public void close() {
    app.stop();
  }

  /** Convenience for building route lists. */
  public static List<Routes> routes(Routes... rs) {
    return new ArrayList<>(List.of(rs));
  }
}
