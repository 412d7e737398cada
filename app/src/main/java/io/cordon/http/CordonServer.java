package io.cordon.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.cordon.access.ApiKeys;
import io.javalin.Javalin;
import io.javalin.json.JavalinJackson;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The HTTP server: yente-compatible matching API, Cordon's own {@code /v1} API, metrics, health
 * checks and the analyst UI. Handlers only translate HTTP to calls on the core and back; routes
 * are contributed by small {@link Routes} classes.
 */
public final class CordonServer implements AutoCloseable {

  /** A group of endpoints. */
  public interface Routes {
    void register(Javalin app);
  }

  private final Javalin app;
  private final Metrics metrics;

  private CordonServer(Javalin app, Metrics metrics) {
    this.app = app;
    this.metrics = metrics;
  }

  /** Builds and starts a server. */
  public static CordonServer start(ServerConfig config, ApiKeys keys, List<Routes> routes) {
    Metrics metrics = new Metrics();
    ObjectMapper json = RequestJson.MAPPER.copy().disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);
    Javalin app = Javalin.create(c -> {
      c.showJavalinBanner = false;
      c.http.maxRequestSize = config.maxBodyBytes();
      BodyLimit limit = new BodyLimit(config.maxBodyBytes());
      c.jetty.modifyServletContextHandler(h -> h.addFilter(new org.eclipse.jetty.servlet.FilterHolder(limit), "/*",
          java.util.EnumSet.of(jakarta.servlet.DispatcherType.REQUEST)));
      c.http.prefer405over404 = true;
      // Room for yente's 60,000-byte URLs so that the limit below answers, not Jetty's 8 KB default.
      c.jetty.modifyHttpConfiguration(h -> h.setRequestHeaderSize(MAX_URL_BYTES + 16 * 1024));
      c.jsonMapper(new JavalinJackson(json, false));
    });
    ApiKeyFilter auth = new ApiKeyFilter(keys, config.requireApiKey());
    app.before(metrics::begin);
    app.before(CordonServer::urlLength);
    app.before(auth::check);
    app.after(metrics::end);
    Errors.register(app);
    app.get("/metrics", ctx -> ctx.contentType("text/plain; version=0.0.4").result(metrics.scrape()));
    for (Routes r : routes) {
      r.register(app);
    }
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
