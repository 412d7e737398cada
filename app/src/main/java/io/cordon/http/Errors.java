package io.cordon.http;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every error becomes JSON {@code {"status": n, "detail": "..."}} ("detail" as yente answers) with
 * the right code, in this one place. Clients never see a stack trace; unexpected failures are
 * logged with an id the client gets, so an operator can find them.
 */
final class Errors {
  private static final Logger LOG = LoggerFactory.getLogger(Errors.class);

  private Errors() {}

  static void register(RoutesConfig routes, int retryAfterSeconds) {
    routes.after(ctx -> {
      // Overload and not-ready answers tell clients when to try again, whoever produced them.
      int status = ctx.statusCode();
      if ((status == 429 || status == 503) && ctx.res().getHeader("Retry-After") == null) {
        ctx.header("Retry-After", Integer.toString(retryAfterSeconds));
      }
    });
    routes.exception(ApiException.class, (e, ctx) -> write(ctx, e.status(), e.getMessage(), e.extras()));
    routes.exception(ValidationException.class, (e, ctx) -> {
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("status", 422);
      body.put("detail", e.errors());
      ctx.status(422).json(body);
    });
    routes.exception(io.cordon.cases.NotFoundException.class, (e, ctx) -> write(ctx, 404, e.getMessage()));
    routes.exception(io.cordon.cases.ForbiddenException.class, (e, ctx) -> write(ctx, 403, e.getMessage()));
    routes.exception(io.cordon.cases.ConflictException.class, (e, ctx) -> write(ctx, 409, e.getMessage()));
    routes.exception(io.cordon.cases.BadInputException.class, (e, ctx) -> write(ctx, 400, e.getMessage()));
    routes.exception(io.cordon.screening.InvalidQueryException.class, (e, ctx) -> write(ctx, 400, e.getMessage()));
    routes.exception(io.cordon.screening.NoListsException.class, (e, ctx) -> write(ctx, 503, e.getMessage()));
    routes.exception(IllegalArgumentException.class, (e, ctx) -> write(ctx, 400, e.getMessage()));
    // Only errors reading the request are the client's; a failure to write a response is ours (500).
    routes.exception(com.fasterxml.jackson.core.exc.StreamConstraintsException.class,
        (e, ctx) -> write(ctx, 400, "JSON body exceeds a limit: " + e.getOriginalMessage()));
    routes.exception(com.fasterxml.jackson.core.exc.StreamReadException.class,
        (e, ctx) -> write(ctx, 400, "invalid JSON: " + e.getOriginalMessage()));
    routes.exception(com.fasterxml.jackson.databind.exc.MismatchedInputException.class,
        (e, ctx) -> write(ctx, 400, "invalid JSON: " + e.getOriginalMessage()));
    routes.exception(HttpResponseException.class, (e, ctx) -> {
      // Javalin's own "no such route" answers get Starlette's texts, as yente clients see them.
      switch (e.getStatus()) {
        case 404 -> write(ctx, 404, "Not Found", Map.of("path", ctx.method() + " " + ctx.path()));
        case 405 -> write(ctx, 405, "Method Not Allowed", Map.of("path", ctx.method() + " " + ctx.path()));
        default -> write(ctx, e.getStatus(), e.getMessage());
      }
    });
    routes.exception(Exception.class, (e, ctx) -> {
      String incident = Long.toHexString(System.nanoTime());
      LOG.error("incident {} on {} {} (request {})", incident, ctx.method(), ctx.path(), RequestIds.of(ctx), e);
      write(ctx, 500, "internal error (incident " + incident + "); the server log has the details");
    });
    // yente's (Starlette's) texts; the path is an extra field for people reading the body.
    routes.error(404, ctx -> {
      if (ctx.result() == null || ctx.result().isEmpty()) {
        write(ctx, 404, "Not Found", Map.of("path", ctx.method() + " " + ctx.path()));
      }
    });
    routes.error(405, ctx -> write(ctx, 405, "Method Not Allowed", Map.of("path", ctx.method() + " " + ctx.path())));
  }

  static void write(Context ctx, int status, String detail) {
    write(ctx, status, detail, Map.of());
  }

  static void write(Context ctx, int status, String detail, Map<String, Object> extras) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("status", status);
    body.put("detail", detail == null ? "error" : detail);
    extras.forEach(body::putIfAbsent);
    ctx.status(status).json(body);
  }
}
