package io.cordon.http.ui;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.cordon.cases.NotFoundException;
import io.cordon.catalog.Catalog;
import io.cordon.catalog.Delta;
import io.cordon.catalog.Snapshot;
import io.cordon.model.Entity;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The lists: each source's active snapshot, its version history, and what changed from one version
 * to the next (added, removed, changed entries). Snapshots never change, so computed deltas are
 * kept in a small cache.
 */
final class SourcesPage {
  /** Rows listed per section of a delta; the counts are always complete. */
  static final int MAX_ROWS = 500;
  private static final int CACHED = 16;

  private final Catalog catalog;
  /** Computed deltas by (from, to): one computation per key even when requests for it come together. */
  private final Cache<String, Delta> deltas = Caffeine.newBuilder().maximumSize(CACHED).build();

  SourcesPage(Catalog catalog) {
    this.catalog = catalog;
  }

  String render() {
    List<Row> rows = new ArrayList<>();
    List<History> histories = new ArrayList<>();
    for (String src : catalog.sources()) {
      Snapshot active = catalog.active(src).orElse(null);
      Snapshot prev = active == null ? null : catalog.previous(active).orElse(null);
      rows.add(new Row(src, active, prev, prev == null ? null : delta(prev, active)));
      List<Snapshot> versions = new ArrayList<>(catalog.snapshots(src));
      Collections.reverse(versions);
      histories.add(new History(src, versions, active == null ? "" : active.id()));
    }
    return Templates.render("sources.jte", Map.of("rows", rows, "histories", histories));
  }

  /** A source in the overview: its active version (or null), the one before (or null) and the delta between. */
  record Row(String source, Snapshot active, Snapshot previous, Delta delta) {}

  /** A source's versions, newest first. */
  record History(String source, List<Snapshot> versions, String activeId) {}

  /** The delta between two versions; {@code fromId} defaults to the version before {@code toId}. */
  String changes(String toId, String fromId) {
    Snapshot to = catalog.snapshot(toId).orElseThrow(() -> new NotFoundException("no list version " + toId));
    Snapshot from;
    if (fromId == null || fromId.isBlank()) {
      from = catalog.previous(to).orElseThrow(() -> new NotFoundException(toId + " is the first version of "
          + to.source() + "; nothing to compare it with"));
    } else {
      from = catalog.snapshot(fromId).orElseThrow(() -> new NotFoundException("no list version " + fromId));
    }
    if (!from.source().equals(to.source())) {
      throw new IllegalArgumentException("versions of different sources: " + from.source() + " and " + to.source());
    }
    return Templates.render("changes.jte", Map.of("from", from, "to", to, "d", delta(from, to)));
  }

  private Delta delta(Snapshot from, Snapshot to) {
    String key = from.id() + "\u0000" + to.id();
    return deltas.get(key, k -> Delta.between(catalog, from, to));
  }

  /** An entity's countries, nationalities and jurisdictions, sorted. */
  static String countries(Entity e) {
    TreeSet<String> countries = new TreeSet<>(e.get("country"));
    countries.addAll(e.get("nationality"));
    countries.addAll(e.get("jurisdiction"));
    return String.join(", ", countries);
  }

  static <T> List<T> limit(List<T> list) {
    return list.size() > MAX_ROWS ? list.subList(0, MAX_ROWS) : list;
  }
}
