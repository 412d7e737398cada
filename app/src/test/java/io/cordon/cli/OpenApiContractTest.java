package io.cordon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The OpenAPI document (app/src/main/resources/io/cordon/http/openapi.json, written by hand) held
 * against the server {@code cordon serve} starts: it is a valid OpenAPI 3.0 document (swagger-parser's
 * validation: required fields, references, parameters); every route the server has is described
 * with its method and every described route exists; every request example with a 2xx response example is sent to the server
 * (demo home) and must get that status and a body with at least the documented keys. A new route
 * fails here until it is documented: add it to openapi.json with an example.
 */
class OpenApiContractTest {
  static final ObjectMapper JSON = new ObjectMapper();
  /** Not part of the API: the analyst UI (HTML, session login) is described in docs/ui.md. */
  static final List<String> NOT_API = List.of("/ui", "/static/", "/");

  @TempDir static Path dir;
  static Home home;
  static ServeCommand.Running running;
  static JsonNode doc;
  static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  @BeforeAll
  static void start() throws Exception {
    Main main = new Main();
    main.home = dir.resolve("home");
    ServeCommand serve = new ServeCommand();
    serve.main = main;
    serve.bind = "127.0.0.1";
    serve.port = 0;
    serve.refreshSeconds = 60;
    serve.maxQueries = 100;
    serve.maxJobMb = 16;
    serve.jobThreads = 1;
    home = Home.open(main);
    running = serve.start(home);
    try (InputStream in = io.cordon.http.OpenApiRoute.class.getResourceAsStream("openapi.json")) {
      doc = JSON.readTree(in);
    }
  }

  @AfterAll
  static void stop() {
    running.stop().run();
    home.close();
  }

  @Test
  void everyRouteIsDocumentedAndEveryDocumentedRouteExists() {
    SortedSet<String> code = new TreeSet<>();
    for (String e : running.server().endpoints()) {
      String path = e.substring(e.indexOf(' ') + 1);
      if (!path.equals("/") && NOT_API.stream().noneMatch(p -> !p.equals("/") && path.startsWith(p))) {
        code.add(e);
      }
    }
    SortedSet<String> documented = new TreeSet<>();
    doc.get("paths").fields().forEachRemaining(p -> p.getValue().fieldNames()
        .forEachRemaining(m -> documented.add(m.toUpperCase(java.util.Locale.ROOT) + " " + p.getKey())));
    SortedSet<String> undocumented = new TreeSet<>(code);
    undocumented.removeAll(documented);
    SortedSet<String> missing = new TreeSet<>(documented);
    missing.removeAll(code);
    assertThat(undocumented).as("routes the server has that openapi.json does not describe").isEmpty();
    assertThat(missing).as("routes openapi.json describes that the server does not have").isEmpty();
  }

  @Test
  void documentIsValidOpenApi3() throws Exception {
    SwaggerParseResult parsed = parse(JSON.writeValueAsString(doc));
    assertThat(parsed.getMessages()).as("openapi.json against the OpenAPI 3.0 specification").isEmpty();
    assertThat(parsed.getOpenAPI().getOpenapi()).startsWith("3.");
    assertThat(parsed.getOpenAPI().getInfo().getTitle()).isNotBlank();
    assertThat(parsed.getOpenAPI().getInfo().getVersion()).isNotBlank();
    assertThat(parsed.getOpenAPI().getPaths()).isNotEmpty();
  }

  /** The validator is not vacuous: a document without info and with a dangling reference fails. */
  @Test
  void validatorRejectsABrokenDocument() throws Exception {
    com.fasterxml.jackson.databind.node.ObjectNode broken = doc.deepCopy();
    broken.remove("info");
    ((com.fasterxml.jackson.databind.node.ObjectNode) broken.get("paths")).putObject("/broken").putObject("get")
        .put("summary", "x").putObject("responses").putObject("200").put("description", "x")
        .putObject("content").putObject("application/json").putObject("schema")
        .put("$ref", "#/components/schemas/NoSuchSchema");
    List<String> messages = parse(JSON.writeValueAsString(broken)).getMessages();
    assertThat(messages).anyMatch(m -> m.contains("info"));
    assertThat(String.join("\n", messages)).contains("NoSuchSchema");
  }

  /** Every {name} in a documented path is a declared path parameter, and the other way round. */
  @Test
  void pathParametersMatchTheirTemplates() {
    doc.get("paths").fields().forEachRemaining(p -> p.getValue().fields().forEachRemaining(op -> {
      SortedSet<String> inTemplate = new TreeSet<>();
      java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\{([^}]+)}").matcher(p.getKey());
      while (m.find()) {
        inTemplate.add(m.group(1));
      }
      SortedSet<String> declared = new TreeSet<>();
      for (JsonNode prm : op.getValue().path("parameters")) {
        if (prm.path("in").asText().equals("path")) {
          declared.add(prm.path("name").asText());
        }
      }
      assertThat(declared).as(op.getKey() + " " + p.getKey() + " path parameters").isEqualTo(inTemplate);
    }));
  }

  private static SwaggerParseResult parse(String text) {
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    return new OpenAPIV3Parser().readContents(text, null, options);
  }

  @Test
  void everyOperationDocumentsItsResponses() {
    doc.get("paths").fields().forEachRemaining(p -> p.getValue().fields().forEachRemaining(op -> {
      assertThat(op.getValue().path("summary").asText()).as(op.getKey() + " " + p.getKey() + " summary").isNotBlank();
      assertThat(op.getValue().path("responses").size()).as(op.getKey() + " " + p.getKey() + " responses").isPositive();
    }));
  }

  @Test
  void examplesAreAnsweredAsDocumented() throws Exception {
    List<String> checked = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> ps = doc.get("paths").fields(); ps.hasNext(); ) {
      Map.Entry<String, JsonNode> p = ps.next();
      for (Iterator<Map.Entry<String, JsonNode>> ops = p.getValue().fields(); ops.hasNext(); ) {
        Map.Entry<String, JsonNode> op = ops.next();
        if (check(p.getKey(), op.getKey(), op.getValue())) {
          checked.add(op.getKey() + " " + p.getKey());
        }
      }
    }
    assertThat(checked).as("operations whose examples were sent").contains("post /match/{dataset}",
        "get /search/{dataset}", "get /entities/{id}", "get /catalog", "get /algorithms", "post /v1/jobs");
  }

  /** Sends an operation's example when it has a 2xx JSON example and all path parameters have examples. */
  private boolean check(String template, String method, JsonNode op) throws Exception {
    if (op.path("x-no-live-example").asBoolean(false)) {
      return false;
    }
    String status = null;
    JsonNode expected = null;
    for (Iterator<Map.Entry<String, JsonNode>> rs = op.path("responses").fields(); rs.hasNext(); ) {
      Map.Entry<String, JsonNode> r = rs.next();
      JsonNode ex = r.getValue().at("/content/application~1json/example");
      if (r.getKey().startsWith("2") && !ex.isMissingNode()) {
        status = r.getKey();
        expected = ex;
        break;
      }
    }
    if (status == null) {
      return false;
    }
    String path = template;
    StringBuilder query = new StringBuilder();
    for (JsonNode prm : op.path("parameters")) {
      JsonNode ex = prm.get("example");
      if (prm.path("in").asText().equals("path")) {
        if (ex == null) {
          return false;
        }
        path = path.replace("{" + prm.get("name").asText() + "}", ex.asText());
      } else if (ex != null) {
        query.append(query.length() == 0 ? "?" : "&").append(prm.get("name").asText()).append('=')
            .append(URLEncoder.encode(ex.asText(), StandardCharsets.UTF_8));
      }
    }
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + running.server().port() + path + query))
        .header("Authorization", "ApiKey " + running.firstKey()).timeout(Duration.ofSeconds(60));
    HttpRequest.BodyPublisher body = HttpRequest.BodyPublishers.noBody();
    for (Iterator<Map.Entry<String, JsonNode>> cs = op.at("/requestBody/content").fields(); cs.hasNext(); ) {
      Map.Entry<String, JsonNode> c = cs.next();
      JsonNode ex = c.getValue().get("example");
      if (ex != null) {
        b.header("Content-Type", c.getKey());
        body = HttpRequest.BodyPublishers.ofString(ex.isTextual() ? ex.asText() : ex.toString());
        break;
      }
    }
    HttpResponse<String> r = HTTP.send(b.method(method.toUpperCase(java.util.Locale.ROOT), body).build(),
        HttpResponse.BodyHandlers.ofString());
    String what = method + " " + path + query;
    assertThat(r.statusCode()).as(what + ": " + r.body()).isEqualTo(Integer.parseInt(status));
    hasShape(what, expected, JSON.readTree(r.body()), "");
    return true;
  }

  /** Every key of the documented example is in the answer (recursively; arrays by their first element). */
  private static void hasShape(String what, JsonNode expected, JsonNode actual, String at) {
    if (expected.isObject()) {
      assertThat(actual.isObject()).as(what + " " + at + " is an object: " + actual).isTrue();
      expected.fields().forEachRemaining(f -> {
        assertThat(actual.has(f.getKey())).as(what + " has " + at + "/" + f.getKey() + " in " + actual).isTrue();
        hasShape(what, f.getValue(), actual.get(f.getKey()), at + "/" + f.getKey());
      });
    } else if (expected.isArray() && expected.size() > 0) {
      assertThat(actual.isArray() && actual.size() > 0).as(what + " " + at + " is a non-empty array: " + actual).isTrue();
      hasShape(what, expected.get(0), actual.get(0), at + "/0");
    }
  }
}
