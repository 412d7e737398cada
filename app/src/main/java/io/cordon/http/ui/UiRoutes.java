package io.cordon.http.ui;

import io.cordon.access.Access;
import io.cordon.cases.BadInputException;
import io.cordon.cases.CaseService;
import io.cordon.cases.ConflictException;
import io.cordon.cases.ForbiddenException;
import io.cordon.cases.MessageQueue;
import io.cordon.cases.NotFoundException;
import io.cordon.catalog.Catalog;
import io.cordon.http.CordonServer;
import io.cordon.screening.InvalidQueryException;
import io.cordon.screening.NoListsException;
import io.cordon.screening.Screener;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The analyst web UI: server-rendered pages under {@code /ui}, one stylesheet under {@code /static},
 * no JavaScript. Users log in with their Cordon user name and password (not an API key); the
 * session lives on the server, the browser keeps only a random token in an HttpOnly,
 * SameSite=Strict cookie. Every form that changes something carries the session's CSRF token and is
 * refused without it. Roles are enforced by {@link CaseService}; the pages only hide what a user
 * may not do, and say why.
 */
public final class UiRoutes implements CordonServer.Routes {
  private static final Logger LOG = LoggerFactory.getLogger(UiRoutes.class);
  static final String COOKIE = "cordon_session";
  static final String LOGIN_COOKIE = "cordon_login";
  static final String CSRF_FIELD = "csrf";
  /** No scripts, no inline styles, no framing, forms post only here. */
  private static final String CSP = "default-src 'none'; style-src 'self'; img-src 'self' data:; "
      + "form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

  private final CaseService cases;
  private final Clock clock;
  private final long maxPost;
  private final Sessions sessions;
  private final Access access;
  private final byte[] css;
  private final LoginPage login;
  private final QueuePage queue;
  private final AlertPage alert;
  private final MessagePage messages;
  private final PartyPages parties;
  private final PartyImport partyImport;
  private final SourcesPage sources;
  private final ScreenPage screen;
  private final AuditPage audit;
  private final UsersPage users;

  /**
   * Sessions expire after 30 minutes without a request, and after 12 hours in any case; uploads up
   * to 10 MB.
   */
  public UiRoutes(CaseService cases, Access access, Screener screener, Catalog catalog, Clock clock) {
    this(cases, access, screener, catalog, clock, Duration.ofMinutes(30), 10L * 1024 * 1024, null);
  }

  /** As above, with the held payment messages of the case queue (pages under {@code /ui/messages}). */
  public UiRoutes(CaseService cases, Access access, Screener screener, Catalog catalog, Clock clock,
                  MessageQueue messages) {
    this(cases, access, screener, catalog, clock, Duration.ofMinutes(30), 10L * 1024 * 1024, messages);
  }

  /**
   * @param cases    the case workflow (alerts, decisions, parties, audit)
   * @param access   users and logins (sessions end when their user changes)
   * @param screener the screening form's engine
   * @param catalog  list versions for the sources page
   * @param clock    time of session expiry and of the ages shown
   * @param idle     a session ends after this long without a request
   * @param maxPost  largest form POST (file upload) accepted, in bytes; multipart bodies are not
   *                 bounded by the server's own body limit, so the UI checks this one itself
   * @param messages held payment messages, or null when this server queues none
   */
  public UiRoutes(CaseService cases, Access access, Screener screener, Catalog catalog, Clock clock, Duration idle,
                  long maxPost, MessageQueue messages) {
    if (maxPost < 1024) {
      throw new IllegalArgumentException("UI upload limit must be at least 1024 bytes, got " + maxPost);
    }
    this.maxPost = maxPost;
    this.cases = Objects.requireNonNull(cases, "cases");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.sessions = new Sessions(new SecureRandom(), clock, idle, Duration.ofHours(12).compareTo(idle) < 0 ? idle
        : Duration.ofHours(12), 10_000);
    this.access = Objects.requireNonNull(access, "access");
    this.css = resource("cordon.css");
    this.login = new LoginPage();
    this.queue = new QueuePage(cases, clock, messages);
    this.alert = new AlertPage(cases, clock, messages);
    this.messages = messages == null ? null : new MessagePage(messages, cases, clock);
    this.parties = new PartyPages(cases, clock);
    this.partyImport = new PartyImport(cases);
    this.sources = new SourcesPage(Objects.requireNonNull(catalog, "catalog"));
    this.screen = new ScreenPage(Objects.requireNonNull(screener, "screener"));
    this.audit = new AuditPage(cases, clock);
    this.users = new UsersPage(access);
  }

  @Override
  public void register(RoutesConfig routes) {
    routes.get("/", ctx -> ctx.redirect("/ui/alerts", HttpStatus.SEE_OTHER));
    routes.get("/ui", ctx -> ctx.redirect("/ui/alerts", HttpStatus.SEE_OTHER));
    routes.get("/static/cordon.css", ctx -> {
      ctx.header("Cache-Control", "public, max-age=3600");
      ctx.header("X-Content-Type-Options", "nosniff");
      ctx.contentType("text/css; charset=utf-8").result(css);
    });
    routes.get("/ui/login", open(this::loginForm));
    routes.post("/ui/login", open(this::loginSubmit));
    routes.post("/ui/logout", page((ctx, s) -> {
      sessions.close(s.token());
      ctx.res().addHeader("Set-Cookie", cookie(ctx, COOKIE, "", "/", 0));
      ctx.redirect("/ui/login?bye=1", HttpStatus.SEE_OTHER);
    }));
    routes.get("/ui/alerts", page((ctx, s) -> html(ctx, 200, Layout.page(s, "alerts", "Alert queue",
        queue.render(s, QueuePage.Filter.from(ctx::queryParam))))));
    routes.get("/ui/alerts/{id}", page((ctx, s) -> html(ctx, 200, alert.render(s, alertId(ctx), null))));
    routes.post("/ui/alerts/{id}/decide", page((ctx, s) -> alert.decide(ctx, s, alertId(ctx))));
    routes.post("/ui/alerts/{id}/approve", page((ctx, s) -> alert.approve(ctx, s, alertId(ctx))));
    routes.get("/ui/messages", page((ctx, s) -> html(ctx, 200, messagePages().list(s))));
    routes.get("/ui/messages/{id}", page((ctx, s) -> html(ctx, 200, messagePages().render(s, id(ctx, "message")))));
    routes.get("/ui/parties", page((ctx, s) -> html(ctx, 200, parties.index(s, ctx.queryParam("id"), null))));
    routes.get("/ui/party", page((ctx, s) -> html(ctx, 200, parties.party(s, required(ctx, "id")))));
    routes.post("/ui/parties/import", page((ctx, s) -> partyImport.handle(ctx, s, parties)));
    routes.post("/ui/party/screen", page((ctx, s) -> parties.screenAgain(ctx, s, required(ctx, "id"))));
    routes.get("/ui/sources", page((ctx, s) -> html(ctx, 200, Layout.page(s, "sources", "Sources", sources.render()))));
    routes.get("/ui/sources/changes", page((ctx, s) -> html(ctx, 200, Layout.page(s, "sources", "What changed",
        sources.changes(required(ctx, "to"), ctx.queryParam("from"))))));
    routes.get("/ui/screen", page((ctx, s) -> screen.handle(ctx, s)));
    routes.get("/ui/audit", page((ctx, s) -> html(ctx, 200, audit.render(s))));
    routes.get("/ui/users", page((ctx, s) -> html(ctx, 200, users.render(s, null, null))));
    routes.post("/ui/users", page(users::create));
    routes.post("/ui/users/{name}/{action}", page(users::change));
    // Last: any other /ui path gets an HTML 404 rather than the API's JSON one.
    routes.get("/ui/<rest>", page((ctx, s) -> html(ctx, 404, Layout.message(s, "Not found",
        "There is no page at " + ctx.path() + "."))));
  }

  // ---------------------------------------------------------------- login

  private void loginForm(Context ctx) {
    if (currentSession(ctx).isPresent()) {
      ctx.redirect(safeNext(ctx.queryParam("next")), HttpStatus.SEE_OTHER);
      return;
    }
    String token = sessions.token();
    ctx.res().addHeader("Set-Cookie", cookie(ctx, LOGIN_COOKIE, token, "/ui/login", 3600));
    String notice = ctx.queryParam("bye") != null ? "You are logged out." : null;
    html(ctx, 200, login.render(token, safeNext(ctx.queryParam("next")), "", notice, null));
  }

  private void loginSubmit(Context ctx) {
    String expected = ctx.cookie(LOGIN_COOKIE);
    String given = ctx.formParam(CSRF_FIELD);
    String next = safeNext(ctx.formParam("next"));
    String name = Optional.ofNullable(ctx.formParam("username")).orElse("").strip();
    if (expected == null || !Sessions.same(expected, given) || !sameOrigin(ctx)) {
      html(ctx, 403, Layout.message(null, "Login refused",
          "The login form had expired or did not come from this site. Open the login page again and retry."
              + (expected == null ? " (Cookies must be enabled.)" : "")));
      return;
    }
    char[] password = Optional.ofNullable(ctx.formParam("password")).orElse("").toCharArray();
    // throttled per name and per client address, atomically; unknown names cost the same time
    Access.Login result = access.login(name, password, ctx.ip());
    Arrays.fill(password, '\0');
    if (result instanceof Access.Login.Throttled t) {
      long secs = Math.max(1, t.retryAfter().toSeconds() + (t.retryAfter().toMillisPart() > 0 ? 1 : 0));
      ctx.header("Retry-After", Long.toString(secs));
      html(ctx, 429, login.render(expected, next, name, null, "Too many wrong passwords; try again in " + secs
          + " second(s)."));
      return;
    }
    if (!(result instanceof Access.Login.Ok ok)) {
      html(ctx, 401, login.render(expected, next, name, null, "Wrong user name or password."));
      return;
    }
    Session s = sessions.open(ok.actor(), ok.epoch());
    ctx.res().addHeader("Set-Cookie", cookie(ctx, LOGIN_COOKIE, "", "/ui/login", 0));
    ctx.res().addHeader("Set-Cookie", cookie(ctx, COOKIE, s.token(), "/", -1));
    ctx.redirect(next, HttpStatus.SEE_OTHER);
  }

  // ---------------------------------------------------------------- plumbing

  /** A page handler that runs with the logged-in user's session. */
  @FunctionalInterface
  interface SessionHandler {
    void handle(Context ctx, Session session) throws Exception;
  }

  /** A piece of request handling that may fail. */
  @FunctionalInterface
  interface Step {
    void run() throws Exception;
  }

  /** Pages open to anyone (login). */
  private Handler open(Handler h) {
    return ctx -> {
      headers(ctx);
      guarded(ctx, null, () -> h.handle(ctx));
    };
  }

  /**
   * Pages behind login. Without a session, a GET goes to the login page and comes back after; a
   * POST is refused (its form data cannot survive the detour). POSTs need the CSRF token and, when
   * the browser names an Origin, this site's.
   */
  private Handler page(SessionHandler h) {
    return ctx -> {
      headers(ctx);
      Optional<Session> found = currentSession(ctx);
      if (found.isEmpty()) {
        if (ctx.method().name().equals("GET")) {
          String here = ctx.path() + (ctx.queryString() == null ? "" : "?" + ctx.queryString());
          ctx.redirect(Urls.of("/ui/login", "next", here), HttpStatus.SEE_OTHER);
        } else {
          html(ctx, 403, Layout.message(null, "Not logged in", "Your session has ended. Log in again and retry."));
        }
        return;
      }
      Session s = found.get();
      guarded(ctx, s, () -> {
        if (ctx.method().name().equals("POST") && (!Sessions.same(s.csrf(), ctx.formParam(CSRF_FIELD)) || !sameOrigin(ctx))) {
          LOG.warn("UI: refused a POST to {} by {} without a valid CSRF token or from another origin", ctx.path(),
              s.actor().name());
          html(ctx, 403, Layout.message(s, "Request refused", "This form did not come from this site or has expired "
              + "(missing or wrong CSRF token). Reload the page and retry."));
          return;
        }
        h.handle(ctx, s);
      });
    };
  }

  /**
   * Runs a handler with the POST size check, turning the core's typed errors into HTML error pages
   * with their status; unexpected failures get an incident id that is in the log, never a stack trace.
   */
  private void guarded(Context ctx, Session s, Step h) {
    try {
      long length = ctx.req().getContentLengthLong();
      if (ctx.method().name().equals("POST") && (length < 0 || length > maxPost)) {
        throw new HttpResponseException(length < 0 ? 411 : 413, length < 0 ? "a form must say its length" : "too large");
      }
      h.run();
    } catch (HttpResponseException e) {
      // e.g. 413 when an upload exceeds the limit (thrown before the form is read)
      html(ctx, e.getStatus(), Layout.message(s, e.getStatus() == 413 ? "Too large" : "Request refused",
          e.getStatus() == 413 ? "The request is larger than this server accepts (" + maxPost / 1024
              + " KB); import big files with cordon parties import FILE." : e.getMessage()));
    } catch (NotFoundException e) {
      html(ctx, 404, Layout.message(s, "Not found", e.getMessage()));
    } catch (ForbiddenException e) {
      html(ctx, 403, Layout.message(s, "Not allowed", e.getMessage()));
    } catch (ConflictException e) {
      html(ctx, 409, Layout.message(s, "Conflict", e.getMessage()));
    } catch (BadInputException | InvalidQueryException | IllegalArgumentException e) {
      html(ctx, 400, Layout.message(s, "Bad request", e.getMessage()));
    } catch (NoListsException e) {
      html(ctx, 503, Layout.message(s, "No lists", e.getMessage()));
    } catch (Exception e) {
      String incident = Long.toHexString(System.nanoTime());
      LOG.error("UI incident {} on {} {}", incident, ctx.method(), ctx.path(), e);
      html(ctx, 500, Layout.message(s, "Something went wrong",
          "Internal error (incident " + incident + "); the server log has the details."));
    }
  }

  /**
   * The session of the request, if its user is still as it was at login: a user disabled, re-roled
   * or given a new password since then (the user's epoch moved) loses every session at once.
   */
  private Optional<Session> currentSession(Context ctx) {
    Optional<Session> s = sessions.find(ctx.cookie(COOKIE));
    if (s.isPresent() && access.session(s.get().actor().name(), s.get().epoch()).isEmpty()) {
      sessions.close(s.get().token());
      return Optional.empty();
    }
    return s;
  }

  private static void headers(Context ctx) {
    ctx.header("Content-Security-Policy", CSP);
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("X-Frame-Options", "DENY");
    ctx.header("Referrer-Policy", "same-origin");
    ctx.header("Cache-Control", "no-store");
  }

  static void html(Context ctx, int status, String page) {
    ctx.status(status).contentType("text/html; charset=utf-8").result(page);
  }

  /**
   * A cookie for this UI: HttpOnly (no script reads it), SameSite=Strict (no other site sends it),
   * Secure when served over HTTPS. maxAge -1: until the browser closes; 0: delete.
   */
  static String cookie(Context ctx, String name, String value, String path, long maxAge) {
    StringBuilder c = new StringBuilder(name).append('=').append(value).append("; Path=").append(path)
        .append("; HttpOnly; SameSite=Strict");
    if (maxAge >= 0) {
      c.append("; Max-Age=").append(maxAge);
    }
    // Behind a TLS-terminating proxy the scheme is http; the proxy's header only ever adds the flag.
    if ("https".equalsIgnoreCase(ctx.scheme()) || "https".equalsIgnoreCase(ctx.header("X-Forwarded-Proto"))) {
      c.append("; Secure");
    }
    return c.toString();
  }

  /** When the browser sends Origin, it must be this host (a second line of defence after the token). */
  private static boolean sameOrigin(Context ctx) {
    String origin = ctx.header("Origin");
    if (origin == null || origin.isEmpty()) {
      return true;
    }
    try {
      URI u = URI.create(origin);
      String host = ctx.header("Host");
      String authority = u.getPort() < 0 ? u.getHost() : u.getHost() + ":" + u.getPort();
      return host != null && host.equalsIgnoreCase(authority);
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /** Only paths of this UI may be a post-login target: no open redirect to another site. */
  static String safeNext(String next) {
    if (next == null || !next.startsWith("/ui/") || next.startsWith("//") || next.contains("\\")
        || next.startsWith("/ui/login") || next.startsWith("/ui/logout")) {
      return "/ui/alerts";
    }
    return next;
  }

  private static long alertId(Context ctx) {
    return id(ctx, "alert");
  }

  private static long id(Context ctx, String what) {
    String raw = ctx.pathParam("id");
    try {
      return Long.parseLong(raw);
    } catch (NumberFormatException e) {
      throw new NotFoundException("no " + what + " " + raw);
    }
  }

  private MessagePage messagePages() {
    if (messages == null) {
      throw new NotFoundException("this server keeps no payment messages");
    }
    return messages;
  }

  private static String required(Context ctx, String param) {
    String v = ctx.queryParam(param);
    if (v == null || v.isBlank()) {
      v = ctx.formParam(param);
    }
    if (v == null || v.isBlank()) {
      throw new BadInputException("parameter '" + param + "' is missing");
    }
    return v;
  }

  private static byte[] resource(String name) {
    try (InputStream in = UiRoutes.class.getResourceAsStream("/io/cordon/ui/" + name)) {
      if (in == null) {
        throw new IllegalStateException("UI resource /io/cordon/ui/" + name + " is missing from the jar");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** For tests: live sessions. */
  int liveSessions() {
    return sessions.size();
  }
}
