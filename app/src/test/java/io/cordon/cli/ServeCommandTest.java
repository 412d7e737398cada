package io.cordon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code cordon serve} as a newcomer runs it: a separate JVM on an empty home loads the bundled
 * demo list, prints a first API key and UI password, and answers yente-style /match requests for
 * the Positive Technologies designation in Latin, transliterated and Cyrillic spellings.
 */
class ServeCommandTest {
  @TempDir Path home;

  @Test
  void emptyHomeServesTheDemoListOverHttp() throws Exception {
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx512m", "-cp", System.getProperty("java.class.path"), "io.cordon.cli.Main",
        "--home", home.toString(), "serve", "--port", Integer.toString(port), "--refresh-seconds", "1")
        .redirectErrorStream(true).start();
    List<String> out = new CopyOnWriteArrayList<>();
    Thread reader = new Thread(() -> {
      try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
        for (String l; (l = r.readLine()) != null; ) {
          out.add(l);
        }
      } catch (java.io.IOException ignored) {
        // process ended
      }
    }, "serve-output");
    reader.start();
    try {
      HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
      String base = "http://127.0.0.1:" + port;
      long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
      int ready = 0;
      while (System.nanoTime() < deadline && ready != 200) {
        assertThat(p.isAlive()).as("server exited: %s", out).isTrue();
        try {
          ready = http.send(HttpRequest.newBuilder(URI.create(base + "/readyz")).build(),
              HttpResponse.BodyHandlers.ofString()).statusCode();
        } catch (java.io.IOException notYet) {
          Thread.sleep(500);
        }
      }
      assertThat(ready).as("ready; output: %s", out).isEqualTo(200);
      // issue 13: first-start secrets are in an owner-only file, never on stdout
      Path secrets = home.resolve("first-start-secrets.txt");
      assertThat(out).anyMatch(l -> l.contains(secrets.toString()));
      assertThat(out).noneMatch(l -> l.contains("ck_"));
      assertThat(java.nio.file.Files.getPosixFilePermissions(secrets)).containsExactlyInAnyOrder(
          java.nio.file.attribute.PosixFilePermission.OWNER_READ, java.nio.file.attribute.PosixFilePermission.OWNER_WRITE);
      String key = null;
      Pattern k = Pattern.compile("(ck_[A-Za-z0-9_-]+)");
      for (String l : java.nio.file.Files.readAllLines(secrets)) {
        Matcher m = k.matcher(l);
        if (l.contains("API key") && m.find()) {
          key = m.group(1);
        }
      }
      assertThat(key).as("first-start key in %s", secrets).isNotNull();
      assertThat(java.nio.file.Files.readString(secrets)).contains("UI user 'admin' password: ");
      assertThat(out).anyMatch(l -> l.contains("demo list"));

      String body = """
          {"queries": {
            "latin": {"schema": "Company", "properties": {"name": ["Positive Technologies"]}},
            "translit": {"schema": "Company", "properties": {"name": ["Pozitiv Teknolodzhiz"]}},
            "cyrillic": {"schema": "Company", "properties": {"name": ["Позитив Текнолоджиз"]}}}}""";
      HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/match/default"))
          .header("Authorization", "ApiKey " + key).header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
      assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
      JsonNode json = new ObjectMapper().readTree(r.body());
      for (String q : List.of("latin", "translit", "cyrillic")) {
        JsonNode top = json.at("/responses/" + q + "/results/0");
        assertThat(top.path("id").asText()).as(q).endsWith("31455");
        assertThat(top.path("match").asBoolean()).as(q).isTrue();
      }
      HttpResponse<String> noKey = http.send(HttpRequest.newBuilder(URI.create(base + "/catalog")).build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(noKey.statusCode()).isEqualTo(401);
    } finally {
      p.destroy();
      p.waitFor();
    }
  }
}
