package io.cordon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cordon.testing.SharedData;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The case workflow through the real command line on an H2 home: a book screened against OFAC 2019,
 * a hit cleared by two users, the 2021-07 list imported (only the new hits alert), the audit chain
 * intact, then broken by a hand edit in the database.
 */
class CasesCliTest {
  @TempDir Path home;
  @TempDir Path work;

  @Test
  void customerBookThroughTheListChange() throws Exception {
    Path book = work.resolve("book.csv");
    Files.writeString(book, """
        id,name,type,dob,country
        C001,Positive Technologies,Company,,ru
        C002,Konstantin Kilimnik,Person,1970-04-27,ua
        C003,Maria Schmidt,Person,1980-01-01,de
        C004,Banco Nacional de Cuba,Company,,cu
        """);
    ok(Cli.run(home, "import", SharedData.path("ofac_legacy_csv_2019").toString(), "--format", "ofac-sdn-csv",
        "--published", "2019-06-01"));
    Cli.Result init = ok(Cli.run(home, "users", "init"));
    // issue 13: the first-start password goes to an owner-only file, not to stdout
    Path secrets = home.resolve("first-start-secrets.txt");
    assertThat(init.out()).contains(secrets.toString());
    assertThat(java.nio.file.Files.getPosixFilePermissions(secrets)).containsExactlyInAnyOrder(
        java.nio.file.attribute.PosixFilePermission.OWNER_READ, java.nio.file.attribute.PosixFilePermission.OWNER_WRITE);
    Matcher m = Pattern.compile("password: (\\S+)").matcher(Files.readString(secrets));
    assertThat(m.find()).as(init.toString()).isTrue();
    assertThat(init.out()).doesNotContain(m.group(1));
    ok(withStdin("analyst-pass-1\n", () -> Cli.run(home, "users", "add", "ana", "--role", "analyst", "--as", "admin")));
    ok(withStdin("approver-pass-1\n", () -> Cli.run(home, "users", "add", "bob", "--role", "approver", "--as", "admin")));

    Cli.Result imported = ok(Cli.run(home, "parties", "import", book.toString()));
    assertThat(imported.out()).contains("4 parties read: 4 new");
    List<JsonNode> first = alerts("--json");
    assertThat(first).extracting(a -> a.get("party_id").asText()).containsExactly("C004");
    long bnc = first.get(0).get("id").asLong();
    assertThat(first.get(0).get("entity_id").asText()).isEqualTo("ofac-306");

    ok(Cli.run(home, "decide", String.valueOf(bnc), "--as", "ana", "--outcome", "false_positive",
        "--reason", "our customer is a namesake"));
    Cli.Result self = Cli.run(home, "decide", String.valueOf(bnc), "--as", "ana", "--approve");
    assertThat(self.exit()).as(self.toString()).isNotZero();
    assertThat(self.err()).contains("approver");
    ok(Cli.run(home, "decide", String.valueOf(bnc), "--as", "bob", "--approve"));
    assertThat(alerts("--json", "--status", "closed-false-positive")).hasSize(1);

    // re-importing the unchanged book raises nothing
    assertThat(ok(Cli.run(home, "parties", "import", book.toString())).out()).contains("0 alerts raised");

    Cli.Result list = ok(Cli.run(home, "import", SharedData.path("ofac_legacy_csv_2021-07").toString(),
        "--format", "ofac-sdn-csv", "--published", "2021-07-01"));
    assertThat(list.out()).contains("re-screened the book");
    List<JsonNode> open = alerts("--json", "--status", "open");
    assertThat(open).extracting(a -> a.get("party_id").asText() + "/" + a.get("entity_id").asText())
        .containsExactlyInAnyOrder("C001/ofac-31455", "C002/ofac-31291");

    Cli.Result verify = ok(Cli.run(home, "audit", "verify"));
    assertThat(verify.out()).contains("intact");

    // an auditor-proof log: edit one row by hand in the database
    try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + home.toAbsolutePath().resolve("cordon"), "sa", "");
         Statement st = c.createStatement()) {
      assertThat(st.executeUpdate("UPDATE audit_log SET detail = REPLACE(detail, 'false_positive', 'true_match') "
          + "WHERE action = 'decision'")).isEqualTo(1);
    }
    Cli.Result broken = Cli.run(home, "audit", "verify");
    assertThat(broken.exit()).as(broken.toString()).isEqualTo(1);
    assertThat(broken.out()).contains("BROKEN at row").contains("edited");
  }

  @Test
  void aFileWithABadRowIsRejectedWhole() throws Exception {
    Path book = work.resolve("bad.jsonl");
    Files.writeString(book, "{\"id\": \"A1\", \"name\": \"Anna Berg\"}\n{\"id\": \"A2\", \"name\": \n");
    ok(Cli.run(home, "import", SharedData.path("ofac_legacy_csv_2019").toString(), "--format", "ofac-sdn-csv",
        "--published", "2019-06-01"));
    Cli.Result r = Cli.run(home, "parties", "import", book.toString());
    assertThat(r.exit()).as(r.toString()).isEqualTo(2);
    assertThat(r.err()).contains("bad.jsonl:2").contains("nothing imported");
    Path noId = work.resolve("noid.csv");
    Files.writeString(noId, "name\nAnna Berg\n");
    Cli.Result n = Cli.run(home, "parties", "import", noId.toString());
    assertThat(n.exit()).isEqualTo(2);
    assertThat(n.err()).contains("no id column");
  }

  private List<JsonNode> alerts(String... args) throws Exception {
    List<String> all = new ArrayList<>(List.of("alerts"));
    all.addAll(List.of(args));
    Cli.Result r = ok(Cli.run(home, all.toArray(String[]::new)));
    List<JsonNode> out = new ArrayList<>();
    new ObjectMapper().readTree(r.out()).forEach(out::add);
    return out;
  }

  private static Cli.Result ok(Cli.Result r) {
    assertThat(r.exit()).as(r.toString()).isZero();
    return r;
  }

  private static Cli.Result withStdin(String text, java.util.function.Supplier<Cli.Result> run) {
    InputStream in = System.in;
    try {
      System.setIn(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
      return run.get();
    } finally {
      System.setIn(in);
    }
  }
}
