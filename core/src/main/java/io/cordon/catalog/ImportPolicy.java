package io.cordon.catalog;

import io.cordon.model.Entity;
import io.cordon.model.Schemata;
import io.cordon.sources.ListFormat;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;

/**
 * When a list that parsed cleanly is still refused: the {@link ListExpectations} of its source (or
 * the defaults) are checked against the file and against the snapshot it follows. A failed check
 * rejects the import, naming the check, unless the import is forced; a forced import records which
 * checks it overrode.
 *
 * @param defaults expectations of every source without its own
 * @param sources  expectations per source name
 */
public record ImportPolicy(ListExpectations defaults, Map<String, ListExpectations> sources) {

  /** The built-in expectations for every source (see {@link ListExpectations#DEFAULT}). */
  public static final ImportPolicy DEFAULT = new ImportPolicy(ListExpectations.DEFAULT, Map.of());

  public ImportPolicy {
    sources = Map.copyOf(sources);
  }

  /** The defaults with another limit on the fall of the target count. */
  public ImportPolicy(double maxDropPercent) {
    this(ListExpectations.DEFAULT.with("max-drop-percent", Double.toString(maxDropPercent)), Map.of());
  }

  public ListExpectations forSource(String source) {
    return sources.getOrDefault(source, defaults);
  }

  /**
   * Reads {@code import.default.<check>} and {@code import.<source>.<check>} entries (e.g.
   * {@code import.us_ofac_sdn.min-targets=10000}); a source's entries start from the defaults.
   *
   * @throws IllegalArgumentException naming the entry that is wrong
   */
  public ImportPolicy with(Properties props) {
    ListExpectations d = defaults;
    Map<String, Map<String, String>> bySource = new TreeMap<>();
    for (String key : new TreeMap<>(toMap(props)).keySet()) {
      if (!key.startsWith("import.")) {
        continue;
      }
      String rest = key.substring("import.".length());
      int dot = rest.lastIndexOf('.');
      if (dot <= 0) {
        throw new IllegalArgumentException(key + ": expected import.<source or default>.<check>");
      }
      String source = rest.substring(0, dot);
      String check = rest.substring(dot + 1);
      try {
        if (source.equals("default")) {
          d = d.with(check, props.getProperty(key));
        } else {
          bySource.computeIfAbsent(source, s -> new TreeMap<>()).put(check, props.getProperty(key));
        }
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(key + ": " + e.getMessage(), e);
      }
    }
    Map<String, ListExpectations> out = new TreeMap<>(sources);
    for (Map.Entry<String, Map<String, String>> e : bySource.entrySet()) {
      ListExpectations x = out.getOrDefault(e.getKey(), d);
      for (Map.Entry<String, String> c : e.getValue().entrySet()) {
        try {
          x = x.with(c.getKey(), c.getValue());
        } catch (IllegalArgumentException ex) {
          throw new IllegalArgumentException("import." + e.getKey() + "." + c.getKey() + ": " + ex.getMessage(), ex);
        }
      }
      out.put(e.getKey(), x);
    }
    return new ImportPolicy(d, out);
  }

  private static Map<String, String> toMap(Properties p) {
    Map<String, String> m = new TreeMap<>();
    for (String k : p.stringPropertyNames()) {
      m.put(k, p.getProperty(k));
    }
    return m;
  }

  /** A failed check: its configuration name and what was found. */
  public record Failure(String check, String message) {
    @Override
    public String toString() {
      return "check " + check + " failed: " + message;
    }
  }

  /**
   * Every check the candidate fails, in a fixed order.
   *
   * @param predecessor the snapshot the new one follows in time (the active one for a new list)
   */
  List<Failure> check(Path path, ListFormat format, Snapshot candidate, List<Entity> entities,
                      Optional<Snapshot> predecessor, Catalog catalog, LocalDate today) throws IOException {
    ListExpectations x = forSource(candidate.source());
    List<Failure> out = new ArrayList<>();
    if (x.endMarker()) {
      EndMarker.missing(path, format).ifPresent(f -> out.add(new Failure("end-marker",
          f.getFileName() + " does not end with the publisher's end-of-file marker (byte 0x1A): a download "
              + "cut short? (a copy that never had it: import.<source>.end-marker=false)")));
    }
    if (candidate.published().isPresent() && candidate.published().get().isAfter(today.plusDays(x.futureDays()))) {
      out.add(new Failure("future-days", "publication date " + candidate.published().get() + " is more than "
          + x.futureDays() + " days after today (" + today + "): a typo or a crafted date would keep this list "
          + "in force over every genuine later one"));
    }
    if (candidate.targets() < x.minTargets()) {
      out.add(new Failure("min-targets", "the list has " + candidate.targets() + " targets, fewer than the "
          + x.minTargets() + " expected of " + candidate.source()));
    }
    if (predecessor.isPresent() && predecessor.get().targets() > 0) {
      Snapshot prev = predecessor.get();
      double drop = 100.0 * (prev.targets() - candidate.targets()) / prev.targets();
      if (drop > x.maxDropPercent()) {
        out.add(new Failure("max-drop-percent", String.format(Locale.ROOT,
            "target count collapsed from %d (snapshot %s) to %d, a fall of %.1f%% (limit %s%%)",
            prev.targets(), prev.id(), candidate.targets(), drop, stripZeros(x.maxDropPercent()))));
      }
      if (x.maxRemoved() < Integer.MAX_VALUE || x.maxRemovedPercent() < 100) {
        int removed = removedTargets(catalog.entities(prev.id()), entities);
        double share = 100.0 * removed / prev.targets();
        if (removed > x.maxRemoved()) {
          out.add(new Failure("max-removed", removed + " targets of snapshot " + prev.id()
              + " are not in the new list (limit " + x.maxRemoved() + ")"));
        } else if (removed >= ListExpectations.REMOVAL_FLOOR && share > x.maxRemovedPercent()) {
          out.add(new Failure("max-removed-percent", String.format(Locale.ROOT,
              "%d of the %d targets of snapshot %s (%.1f%%) are not in the new list (limit %s%%)",
              removed, prev.targets(), prev.id(), share, stripZeros(x.maxRemovedPercent()))));
        }
      }
    }
    return out;
  }

  private static int removedTargets(List<Entity> before, List<Entity> after) {
    Set<String> now = new HashSet<>(after.size() * 2);
    for (Entity e : after) {
      now.add(e.id());
    }
    int removed = 0;
    for (Entity e : before) {
      if (Schemata.isScreenable(e.schema()) && !now.contains(e.id())) {
        removed++;
      }
    }
    return removed;
  }

  private static String stripZeros(double d) {
    return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
  }
}
