package io.cordon.bench;

import io.cordon.model.Entity;
import io.cordon.model.Schemata;
import io.cordon.sources.ListAdapters;
import io.cordon.sources.ParsedList;
import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * Writes a customer file for the batch benchmark: a fixed mix of listed names as listed (10%),
 * listed names with a typo or reordered (10%) and made-up names that are on no list (80%, the
 * usual shape of a real book). Seeded, so two runs write the same file.
 *
 * <pre>java -cp bench/target/benchmarks.jar io.cordon.bench.PartyFileGenerator LIST_PATH ROWS OUT.csv</pre>
 */
public final class PartyFileGenerator {
  private static final String[] FIRST = {"John", "Maria", "Wei", "Olga", "Ahmed", "Laura", "Peter", "Ana", "Ivan",
      "Chen", "Fatima", "Lukas", "Sofia", "Mateo", "Aiko", "Nora", "Omar", "Elena", "Jonas", "Priya"};
  private static final String[] LAST = {"Smith", "Garcia", "Wang", "Novak", "Hassan", "Rossi", "Meyer", "Silva",
      "Kowalski", "Tanaka", "Dubois", "Jensen", "Moreau", "Kaya", "Haddad", "Lindqvist", "Oliveira", "Murphy",
      "Schneider", "Nakamura"};
  private static final String[] COMPANY = {"Trading", "Holdings", "Logistics", "Consulting", "Foods", "Textiles",
      "Energy", "Partners", "Systems", "Marine"};

  private PartyFileGenerator() {}

  public static void main(String[] args) throws Exception {
    if (args.length != 3) {
      System.err.println("usage: PartyFileGenerator LIST_PATH ROWS OUT.csv");
      System.exit(2);
    }
    ParsedList list = ListAdapters.load().read(Path.of(args[0]), Optional.empty());
    List<Entity> targets = new ArrayList<>();
    for (Entity e : list.entities()) {
      if (Schemata.isScreenable(e.schema()) && !e.names().isEmpty()) {
        targets.add(e);
      }
    }
    long rows = Long.parseLong(args[1]);
    Random rnd = new Random(20210415);
    try (BufferedWriter w = Files.newBufferedWriter(Path.of(args[2]), StandardCharsets.UTF_8)) {
      w.write("id,name,type,country\n");
      for (long i = 1; i <= rows; i++) {
        int kind = rnd.nextInt(10);
        String name;
        String type;
        if (kind < 2) {
          Entity e = targets.get(rnd.nextInt(targets.size()));
          name = e.names().get(rnd.nextInt(e.names().size()));
          type = e.schema().equals("Person") ? "person" : "company";
          if (kind == 1) {
            name = vary(name, rnd);
          }
        } else if (kind < 8) {
          name = FIRST[rnd.nextInt(FIRST.length)] + " " + LAST[rnd.nextInt(LAST.length)];
          type = "person";
        } else {
          name = LAST[rnd.nextInt(LAST.length)] + " " + COMPANY[rnd.nextInt(COMPANY.length)] + " Ltd";
          type = "company";
        }
        w.write("p" + i + ",\"" + name.replace("\"", "\"\"") + "\"," + type + ",\n");
      }
    }
  }

  /** A typo (a dropped letter) or the tokens in reverse order. */
  private static String vary(String name, Random rnd) {
    String[] t = name.split("\\s+");
    if (t.length > 1 && rnd.nextBoolean()) {
      StringBuilder sb = new StringBuilder();
      for (int i = t.length - 1; i >= 0; i--) {
        sb.append(t[i]).append(i == 0 ? "" : " ");
      }
      return sb.toString();
    }
    if (name.length() < 5) {
      return name;
    }
    int p = 1 + rnd.nextInt(name.length() - 2);
    return name.substring(0, p) + name.substring(p + 1);
  }
}
