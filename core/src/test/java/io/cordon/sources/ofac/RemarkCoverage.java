package io.cordon.sources.ofac;

import io.cordon.model.Entity;
import io.cordon.model.Schemata;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** Harness (not a test): which remark parts no rule understands, most frequent first. */
public final class RemarkCoverage {
  private RemarkCoverage() {}

  public static void main(String[] args) throws Exception {
    var targets = OfacCsvSet.read(Path.of(args[0]), io.cordon.sources.ListFormat.OFAC_SDN_CSV);
    int parts = 0;
    int known = 0;
    Map<String, Integer> unknown = new HashMap<>();
    for (OfacTarget t : targets) {
      String schema = switch (t.type) {
        case "individual" -> Schemata.PERSON;
        case "vessel" -> Schemata.VESSEL;
        case "aircraft" -> Schemata.AIRPLANE;
        default -> Schemata.COMPANY;
      };
      Facts f = new Facts(Entity.builder("x", schema));
      for (String p : RemarkParser.parts(t.remarks.toString())) {
        parts++;
        if (RemarkParser.understood(p, f)) {
          known++;
        } else {
          String key = p.replaceAll("[0-9]+", "9");
          key = key.length() > 50 ? key.substring(0, 50) : key;
          unknown.merge(key, 1, Integer::sum);
        }
      }
    }
    System.out.printf("%d remark parts, %d understood (%.1f%%)%n", parts, known, 100.0 * known / parts);
    unknown.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue()).limit(Integer.parseInt(args[1]))
        .forEach(e -> System.out.println(e.getValue() + "\t" + e.getKey()));
  }
}
