package io.cordon.http;

import io.javalin.config.RoutesConfig;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Serves the OpenAPI document describing every endpoint (kept by hand next to the routes). */
public final class OpenApiRoute implements CordonServer.Routes {
  private final String document;

  public OpenApiRoute() {
    try (InputStream in = OpenApiRoute.class.getResourceAsStream("openapi.json")) {
      if (in == null) {
        throw new IllegalStateException("openapi.json missing from the classpath");
      }
      this.document = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void register(RoutesConfig routes) {
    routes.get("/openapi.json", ctx -> ctx.contentType("application/json").result(document));
  }
}
