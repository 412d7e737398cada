package io.cordon.rules.ownership;

import io.cordon.model.Entity;
import io.cordon.model.Prop;
import io.cordon.model.Schemata;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Who owns what, as a set of {@link OwnershipLink}s indexed by asset. Built from FtM Ownership
 * entities and/or a user-supplied CSV ({@link OwnershipCsv}). Immutable.
 *
 * <p>Sources often repeat one holding (the Russian register keeps every historical filing, several
 * lists republish the same link); {@link #on(LocalDate)} therefore keeps one edge per owner/asset
 * pair, the largest share among the links active that day, so that duplicates are never summed.
 */
public final class OwnershipGraph {
  private final List<OwnershipLink> links;
  private final Map<String, List<OwnershipLink>> byAsset;

  private OwnershipGraph(List<OwnershipLink> links) {
    this.links = List.copyOf(links);
    Map<String, List<OwnershipLink>> idx = new TreeMap<>();
    for (OwnershipLink l : this.links) {
      idx.computeIfAbsent(l.asset(), k -> new ArrayList<>()).add(l);
    }
    idx.replaceAll((k, v) -> List.copyOf(v));
    this.byAsset = idx;
  }

  public static OwnershipGraph of(Collection<OwnershipLink> links) {
    return new OwnershipGraph(new ArrayList<>(links));
  }

  /** Ownership links read from the FtM Ownership entities among {@code entities}; others are ignored. */
  public static OwnershipGraph fromEntities(Collection<Entity> entities) {
    List<OwnershipLink> out = new ArrayList<>();
    for (Entity e : entities) {
      if (!Schemata.OWNERSHIP.equals(e.schema())) {
        continue;
      }
      String owner = e.first(Prop.OWNER);
      String asset = e.first(Prop.ASSET);
      if (owner == null || asset == null) {
        continue; // a link without both ends says nothing about control
      }
      String src = "ftm:" + e.id();
      out.add(new OwnershipLink(owner, asset, percentage(e.first(Prop.PERCENTAGE), src),
          startOf(e.first(Prop.START_DATE)), endOf(e.first(Prop.END_DATE)), src));
    }
    return new OwnershipGraph(out);
  }

  /** This graph plus {@code more} links (e.g. FtM data plus a user's CSV). */
  public OwnershipGraph with(Collection<OwnershipLink> more) {
    List<OwnershipLink> all = new ArrayList<>(links);
    all.addAll(more);
    return new OwnershipGraph(all);
  }

  public List<OwnershipLink> links() {
    return links;
  }

  /** Raw links into {@code asset}, all dates, duplicates kept. */
  public List<OwnershipLink> ownersOf(String asset) {
    return byAsset.getOrDefault(asset, List.of());
  }

  public Set<String> assets() {
    return byAsset.keySet();
  }

  /**
   * The holdings in force on {@code date}, one per owner/asset pair (the largest share; a known
   * share wins over an unknown one). With a null date every link counts.
   */
  public OwnershipGraph on(LocalDate date) {
    Map<String, OwnershipLink> best = new TreeMap<>();
    for (OwnershipLink l : links) {
      if (date != null && !l.activeOn(date)) {
        continue;
      }
      best.merge(l.owner() + "\u0000" + l.asset(), l, (a, b) -> SHARE.compare(a, b) >= 0 ? a : b);
    }
    return new OwnershipGraph(new ArrayList<>(best.values()));
  }

  private static final Comparator<OwnershipLink> SHARE = Comparator
      .comparing((OwnershipLink l) -> l.percentage() == null ? -1.0 : l.percentage())
      .thenComparing(OwnershipLink::source, Comparator.reverseOrder());

  /** Parses an FtM percentage such as {@code 50}, {@code 50.5} or {@code 50%}; null when absent. */
  static Double percentage(String v, String where) {
    if (v == null || v.isBlank()) {
      return null;
    }
    String s = v.strip().replace(',', '.');
    if (s.endsWith("%")) {
      s = s.substring(0, s.length() - 1).strip();
    }
    try {
      return Double.parseDouble(s);
    } catch (NumberFormatException ex) {
      throw new IllegalArgumentException(where + ": ownership percentage is not a number: '" + v + "'");
    }
  }

  /** FtM dates may be partial (2015, 2015-11): a start counts from the first day of the period. */
  static LocalDate startOf(String d) {
    if (d == null || d.isBlank()) {
      return null;
    }
    return switch (d.length()) {
      case 4 -> LocalDate.of(Integer.parseInt(d), 1, 1);
      case 7 -> YearMonth.parse(d).atDay(1);
      default -> LocalDate.parse(d.substring(0, 10));
    };
  }

  /** ... and an end lasts to the last day of the period. */
  static LocalDate endOf(String d) {
    if (d == null || d.isBlank()) {
      return null;
    }
    return switch (d.length()) {
      case 4 -> LocalDate.of(Integer.parseInt(d), 12, 31);
      case 7 -> YearMonth.parse(d).atEndOfMonth();
      default -> LocalDate.parse(d.substring(0, 10));
    };
  }
}
