package io.cordon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalCommandTest {
  @TempDir
  Path dir;

  private Path pairs() throws Exception {
    Path f = dir.resolve("pairs.csv");
    Files.writeString(f, "case_group,schema,name1,name2,is_match,quality,category,notes\r\n"
        + "g1,Person,Vladimir Putin,\"PUTIN, Vladimir Vladimirovich\",true,STRONG,,\r\n"
        + "g1,Person,Wladimir Putin,Владимир Путин,true,MEDIUM,,\r\n"
        + "g2,Company,OOO Neobit,Neobit LLC,true,MEDIUM,,\r\n"
        + "g2,Person,Boris Yeltsin,Vladimir Putin,false,MEDIUM,,\r\n", StandardCharsets.UTF_8);
    return f;
  }

  @Test
  void pairsPrintsMetricsAndWritesMisses() throws Exception {
    Path misses = dir.resolve("misses.tsv");
    Cli.Result r = Cli.run(dir.resolve("home"), "eval", "pairs", pairs().toString(), "--misses", misses.toString());
    assertThat(r.exit()).as(r.toString()).isZero();
    assertThat(r.out()).contains("4 pairs", "threshold 0.75", "precision 1.000  recall 1.000  F1 1.000",
        "best F1 over thresholds", "g1", "g2", "STRONG quality: 0");
    assertThat(Files.readAllLines(misses)).hasSize(1); // header only: no misses
  }

  @Test
  void pairsJsonAndThresholdOption() throws Exception {
    Cli.Result r = Cli.run(dir.resolve("home"), "eval", "pairs", pairs().toString(), "--threshold", "0.999", "--json");
    assertThat(r.exit()).as(r.toString()).isZero();
    JsonNode j = new ObjectMapper().readTree(r.out());
    assertThat(j.get("threshold").asDouble()).isEqualTo(0.999);
    assertThat(j.get("overall").get("fn").asInt()).isEqualTo(3);
    assertThat(j.get("misses")).hasSize(3);
    assertThat(j.get("misses").get(0).get("explanation").asText()).contains("name_parts");
    assertThat(j.get("by_case_group").has("g2")).isTrue();
  }

  @Test
  void badInputFailsClearly() throws Exception {
    Cli.Result missing = Cli.run(dir.resolve("home"), "eval", "pairs", dir.resolve("nope.csv").toString());
    assertThat(missing.exit()).isNotZero();
    assertThat(missing.err()).contains("no such file").contains("nope.csv");
    Cli.Result threshold = Cli.run(dir.resolve("home"), "eval", "pairs", pairs().toString(), "--threshold", "2");
    assertThat(threshold.exit()).isNotZero();
    assertThat(threshold.err()).contains("--threshold must be between 0 and 1");
    Path bad = dir.resolve("bad.csv");
    Files.writeString(bad, "case_group,schema,name1,name2,is_match\ng,Person,A B,C D,maybe\n");
    Cli.Result row = Cli.run(dir.resolve("home"), "eval", "pairs", bad.toString());
    assertThat(row.exit()).isNotZero();
    assertThat(row.err()).contains("line 2").contains("is_match must be true or false");
  }

  @Test
  void ofacReportsShareWithinTolerance() throws Exception {
    Path f = dir.resolve("ofac.csv");
    Files.writeString(f, "query_name,result_name,ofac_score\nVLADIMIR PUTIN,\"PUTIN, Vladimir\",100\n"
        + "GEORGE BUSH,\"HASWANI, George\",-1\nVLADIMIR PUTIN,VLADIMIR BILIY,90\n");
    Cli.Result r = Cli.run(dir.resolve("home"), "eval", "ofac", f.toString());
    assertThat(r.exit()).as(r.toString()).isZero();
    assertThat(r.out()).contains("3 rows").contains("within 5 points of OFAC on 3 (100.0%)");
  }
}
