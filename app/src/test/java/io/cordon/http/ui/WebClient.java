package io.cordon.http.ui;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A browser without a browser: plain HTTP with a cookie jar, redirects not followed (tests look at them). */
final class WebClient {
  private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");
  private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
  private final String base;
  final Map<String, String> cookies = new LinkedHashMap<>();

  record Page(int status, String body, Map<String, List<String>> headers) {
    String header(String name) {
      List<String> v = headers.get(name.toLowerCase(java.util.Locale.ROOT));
      return v == null || v.isEmpty() ? null : v.get(0);
    }

    List<String> all(String name) {
      return headers.getOrDefault(name.toLowerCase(java.util.Locale.ROOT), List.of());
    }

    /** The first CSRF token in a form on the page. */
    String csrf() {
      Matcher m = CSRF.matcher(body);
      if (!m.find()) {
        throw new AssertionError("no CSRF field on the page: " + body);
      }
      return m.group(1);
    }
  }

  WebClient(String base) {
    this.base = base;
  }

  Page get(String path) throws IOException, InterruptedException {
    return get(path, Map.of());
  }

  Page get(String path, Map<String, String> headers) throws IOException, InterruptedException {
    return send(HttpRequest.newBuilder(URI.create(base + path)).GET(), headers);
  }

  /** A form POST; {@code extraHeaders} e.g. a forged Origin. */
  Page post(String path, Map<String, String> form, Map<String, String> extraHeaders) throws IOException, InterruptedException {
    StringBuilder body = new StringBuilder();
    for (Map.Entry<String, String> e : form.entrySet()) {
      if (body.length() > 0) {
        body.append('&');
      }
      body.append(Urls.enc(e.getKey())).append('=').append(Urls.enc(e.getValue()));
    }
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(body.toString()));
    return send(b, extraHeaders);
  }

  Page post(String path, Map<String, String> form) throws IOException, InterruptedException {
    return post(path, form, Map.of());
  }

  /** A multipart form POST with one file. */
  Page upload(String path, Map<String, String> fields, String fileField, String fileName, String content)
      throws IOException, InterruptedException {
    String boundary = "----cordon" + System.nanoTime();
    StringBuilder body = new StringBuilder();
    for (Map.Entry<String, String> e : fields.entrySet()) {
      body.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"").append(e.getKey())
          .append("\"\r\n\r\n").append(e.getValue()).append("\r\n");
    }
    body.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"").append(fileField)
        .append("\"; filename=\"").append(fileName).append("\"\r\nContent-Type: text/csv\r\n\r\n").append(content)
        .append("\r\n--").append(boundary).append("--\r\n");
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path))
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofString(body.toString()));
    return send(b, Map.of());
  }

  /** Logs in through the form; returns the response to the login POST. */
  Page login(String user, String password) throws IOException, InterruptedException {
    Page form = get("/ui/login");
    return post("/ui/login", Map.of("username", user, "password", password, "csrf", form.csrf(), "next", "/ui/alerts"));
  }

  private Page send(HttpRequest.Builder b, Map<String, String> extra) throws IOException, InterruptedException {
    if (!cookies.isEmpty()) {
      StringBuilder c = new StringBuilder();
      cookies.forEach((k, v) -> c.append(c.length() == 0 ? "" : "; ").append(k).append('=').append(v));
      b.header("Cookie", c.toString());
    }
    extra.forEach(b::header);
    HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    for (String sc : r.headers().allValues("set-cookie")) {
      String pair = sc.split(";", 2)[0];
      int eq = pair.indexOf('=');
      String name = pair.substring(0, eq).strip();
      String value = pair.substring(eq + 1).strip();
      if (value.isEmpty() || sc.contains("Max-Age=0")) {
        cookies.remove(name);
      } else {
        cookies.put(name, value);
      }
    }
    return new Page(r.statusCode(), r.body(), r.headers().map());
  }
}
