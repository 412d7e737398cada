package io.cordon.http;

import io.javalin.http.Context;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * A request id on every request: the caller's {@code X-Request-Id} when it is a sane token, else a
 * new one; sent back in the response header, put in the logging context ({@code request_id}) so
 * every log line of the request carries it, and written in the access log line.
 */
final class RequestIds {
  static final String HEADER = "X-Request-Id";
  static final String MDC_KEY = "request_id";
  private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._:-]{1,64}");
  private static final Logger ACCESS = LoggerFactory.getLogger("io.cordon.http.access");
  private static final String START = "cordon.requestStart";

  private final SecureRandom random = new SecureRandom();
  private final boolean accessLog;

  RequestIds(boolean accessLog) {
    this.accessLog = accessLog;
  }

  void begin(Context ctx) {
    String given = ctx.header(HEADER);
    String id;
    if (given != null && SANE.matcher(given).matches()) {
      id = given;
    } else {
      byte[] b = new byte[8];
      random.nextBytes(b);
      id = HexFormat.of().formatHex(b);
    }
    ctx.attribute(MDC_KEY, id);
    ctx.attribute(START, System.nanoTime());
    ctx.header(HEADER, id);
    MDC.put(MDC_KEY, id);
  }

  void end(Context ctx) {
    try {
      Long start = ctx.attribute(START);
      if (accessLog && start != null) {
        io.cordon.access.ApiKey apiKey = ctx.attribute(ApiKeyFilter.KEY);
        String key = apiKey == null ? null : apiKey.name();
        ACCESS.info("{} {} {} {}ms key={} request_id={}", ctx.method(), ctx.path(), ctx.statusCode(),
            (System.nanoTime() - start) / 1_000_000, key == null ? "-" : key, ctx.attribute(MDC_KEY));
      }
    } finally {
      MDC.remove(MDC_KEY);
    }
  }

  /** The current request's id (for incident logs and error bodies). */
  static String of(Context ctx) {
    String id = ctx.attribute(MDC_KEY);
    return id == null ? "-" : id;
  }
}
