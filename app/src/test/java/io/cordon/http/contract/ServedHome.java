package io.cordon.http.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code cordon serve} in its own JVM on a home folder, talked to over real HTTP, as an integrator
 * runs it. Can be killed hard ({@code kill -9}) and started again on the same home.
 */
public final class ServedHome implements AutoCloseable {
  static final ObjectMapper JSON = new ObjectMapper();
  private final Path home;
  private final List<String> serveArgs;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
  private final List<String> out = new CopyOnWriteArrayList<>();
  private Process process;
  private int port;
  private String key;

  public ServedHome(Path home, String... serveArgs) {
    this.home = home;
    this.serveArgs = List.of(serveArgs);
  }

  /** Starts the server and waits until /readyz answers 200. */
  public ServedHome start() throws Exception {
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx512m", "-cp", System.getProperty("java.class.path"), "io.cordon.cli.Main",
        "--home", home.toString(), "serve", "--port", Integer.toString(port), "--refresh-seconds", "1"));
    cmd.addAll(serveArgs);
    process = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    Process p = process;
    Thread reader = new Thread(() -> {
      try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
        for (String l; (l = r.readLine()) != null; ) {
          out.add(l);
        }
      } catch (IOException ignored) {
        // process ended
      }
    }, "serve-output");
    reader.setDaemon(true);
    reader.start();
    long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
    int ready = 0;
    while (System.nanoTime() < deadline && ready != 200) {
      if (!process.isAlive()) {
        throw new AssertionError("server exited: " + out);
      }
      try {
        ready = http.send(HttpRequest.newBuilder(URI.create(base() + "/readyz")).build(),
            HttpResponse.BodyHandlers.ofString()).statusCode();
      } catch (IOException notYet) {
        // not listening yet
      }
      if (ready != 200) {
        Thread.sleep(300);
      }
    }
    if (ready != 200) {
      throw new AssertionError("not ready in time: " + out);
    }
    // the first-start key is in an owner-only file, not on stdout (issue 13)
    Path secrets = home.resolve("first-start-secrets.txt");
    List<String> lines = java.nio.file.Files.exists(secrets) ? java.nio.file.Files.readAllLines(secrets) : List.of();
    Pattern k = Pattern.compile("(ck_[A-Za-z0-9_-]+)");
    for (String l : lines) {
      Matcher m = k.matcher(l);
      if (l.contains("API key") && m.find()) {
        key = m.group(1);
      }
    }
    return this;
  }

  /** Ends the server as a crash would: no shutdown hook runs. */
  public void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor();
  }

  @Override
  public void close() throws InterruptedException {
    if (process != null && process.isAlive()) {
      process.destroy();
      process.waitFor();
    }
  }

  public String base() {
    return "http://127.0.0.1:" + port;
  }

  public String key() {
    return key;
  }

  public void key(String k) {
    this.key = k;
  }

  public List<String> output() {
    return out;
  }

  /** One exchange, the parsed JSON body when there is one. */
  public record Reply(int status, String body, java.net.http.HttpHeaders headers) {
    public JsonNode json() {
      try {
        return JSON.readTree(body);
      } catch (IOException e) {
        throw new AssertionError("not JSON: " + body, e);
      }
    }

    public String header(String name) {
      return headers.firstValue(name).orElse(null);
    }
  }

  public Reply get(String path) throws IOException, InterruptedException {
    return send(HttpRequest.newBuilder(URI.create(base() + path)).GET(), Map.of());
  }

  public Reply post(String path, String json) throws IOException, InterruptedException {
    return send(HttpRequest.newBuilder(URI.create(base() + path)).POST(HttpRequest.BodyPublishers.ofString(json)),
        Map.of("Content-Type", "application/json"));
  }

  public Reply send(HttpRequest.Builder b, Map<String, String> headers) throws IOException, InterruptedException {
    if (key != null && !headers.containsKey("Authorization")) {
      b.header("Authorization", "ApiKey " + key);
    }
    headers.forEach(b::header);
    HttpResponse<String> r = http.send(b.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
    return new Reply(r.statusCode(), r.body(), r.headers());
  }
}
