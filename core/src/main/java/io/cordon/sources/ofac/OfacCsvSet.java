package io.cordon.sources.ofac;

import io.cordon.sources.ListFormat;
import io.cordon.sources.ListFormatException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The files of one OFAC legacy CSV set and how they join: the main file (sdn.csv, or cons_prim.csv
 * for the non-SDN consolidated list) with one row per entry, and the optional add, alt and comments
 * files keyed by ent_num. Comments rows continue an entry's remarks where the main file cut them
 * at 1,000 characters, so they are appended as they are. A side-file row naming an ent_num the
 * main file lacks means the files are from different versions: the set is rejected.
 */
final class OfacCsvSet {
  /** File names of one kind of set, lower case. */
  record Names(String main, String add, String alt, String comments) {}

  static final Names SDN = new Names("sdn.csv", "add.csv", "alt.csv", "sdn_comments.csv");
  static final Names CONS = new Names("cons_prim.csv", "cons_add.csv", "cons_alt.csv", "cons_comments.csv");

  static Names names(ListFormat format) {
    return format == ListFormat.OFAC_CONS_CSV ? CONS : SDN;
  }

  private OfacCsvSet() {}

  /** Reads the set at {@code path}: its folder, or its main file (side files beside it are used). */
  static List<OfacTarget> read(Path path, ListFormat format) throws IOException, ListFormatException {
    Names names = names(format);
    Path main;
    Path dir;
    boolean standard;
    if (Files.isDirectory(path)) {
      dir = path;
      main = find(dir, names.main()).orElseThrow(() -> new ListFormatException(path,
          "no " + names.main() + " in this folder (an OFAC " + format.label() + " set needs it)"));
      standard = true;
    } else {
      main = path;
      dir = path.toAbsolutePath().getParent();
      // Side files are taken from beside the main file only when it has its official name:
      // a renamed sdn.csv may sit next to add.csv files of another version.
      standard = path.getFileName().toString().equalsIgnoreCase(names.main());
    }
    if (!Files.isRegularFile(main)) {
      throw new ListFormatException(main, "no such file");
    }
    if (Files.size(main) == 0) {
      throw new ListFormatException(main, "empty file");
    }
    Map<String, OfacTarget> targets = new LinkedHashMap<>();
    try (OfacCsvReader r = new OfacCsvReader(main, 12)) {
      for (OfacCsvReader.Row row; (row = r.next()) != null; ) {
        String[] f = row.fields();
        String ent = entNum(main, row);
        OfacTarget t = new OfacTarget(ent);
        t.name = f[1];
        t.type = f[2].strip();
        t.programs.addAll(OfacTarget.programs(f[3]));
        t.title = f[4];
        t.callSign = f[5];
        t.vesselType = f[6];
        t.tonnage = f[7];
        t.grossTonnage = f[8];
        t.vesselFlag = f[9];
        t.vesselOwner = f[10];
        t.remarks.append(f[11]);
        t.remarksCut = f[11].length() >= OfacMapper.REMARKS_LIMIT;
        t.name = t.name.strip();
        if (t.name.isEmpty()) {
          throw new ListFormatException(main, "line " + row.line() + ": entry " + ent + " has no name");
        }
        if (targets.put(ent, t) != null) {
          throw new ListFormatException(main, "line " + row.line() + ": ent_num " + ent + " appears twice");
        }
      }
    }
    if (targets.isEmpty()) {
      throw new ListFormatException(main, "no entries (empty or not an OFAC " + names.main() + ")");
    }
    if (standard && dir != null) {
      Optional<Path> add = find(dir, names.add());
      if (add.isPresent()) {
        side(add.get(), 6, main, targets, (t, f) ->
            t.addresses.add(new OfacTarget.Address(f[2], f[3], f[4])));
      }
      Optional<Path> alt = find(dir, names.alt());
      if (alt.isPresent()) {
        side(alt.get(), 5, main, targets, (t, f) -> {
          if (!f[3].isBlank()) {
            t.alts.add(new OfacTarget.Alt(f[2].strip(), f[3].strip(), f[4].toLowerCase(Locale.ROOT).contains("weak")));
          }
        });
      }
      Optional<Path> comments = find(dir, names.comments());
      if (comments.isPresent()) {
        side(comments.get(), 2, main, targets, (t, f) -> {
          t.remarks.append(f[1]);
          t.remarksCut = false;
        });
      }
    }
    return new ArrayList<>(targets.values());
  }

  private interface RowAction {
    void accept(OfacTarget t, String[] fields);
  }

  private static void side(Path file, int columns, Path main, Map<String, OfacTarget> targets, RowAction action)
      throws IOException, ListFormatException {
    if (Files.size(file) == 0) {
      throw new ListFormatException(file, "empty file (a side file of " + main.getFileName()
          + "; remove it or replace it with the complete file)");
    }
    try (OfacCsvReader r = new OfacCsvReader(file, columns)) {
      for (OfacCsvReader.Row row; (row = r.next()) != null; ) {
        String ent = entNum(file, row);
        OfacTarget t = targets.get(ent);
        if (t == null) {
          throw new ListFormatException(file, "line " + row.line() + ": ent_num " + ent + " is not in "
              + main.getFileName() + " (files from different list versions?)");
        }
        action.accept(t, row.fields());
      }
    }
  }

  private static String entNum(Path file, OfacCsvReader.Row row) throws ListFormatException {
    String ent = row.fields()[0];
    if (!isEntNum(ent)) {
      throw new ListFormatException(file, "line " + row.line() + ": ent_num '" + ent + "' is not a number");
    }
    return ent;
  }

  /** 1 to 9 ASCII digits (no regex: called once per row of every file). */
  static boolean isEntNum(String s) {
    if (s.isEmpty() || s.length() > 9) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  /** The file of that name in {@code dir}, ignoring case (OFAC has published SDN.CSV too). */
  static Optional<Path> find(Path dir, String name) throws IOException {
    Path exact = dir.resolve(name);
    if (Files.isRegularFile(exact)) {
      return Optional.of(exact);
    }
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> p.getFileName().toString().equalsIgnoreCase(name) && Files.isRegularFile(p)).findFirst();
    }
  }
}
