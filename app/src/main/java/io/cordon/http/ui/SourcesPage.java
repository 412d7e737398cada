package io.cordon.http.ui;

import io.cordon.cases.NotFoundException;
import io.cordon.catalog.Catalog;
import io.cordon.catalog.Delta;
import io.cordon.catalog.Snapshot;
import io.cordon.model.Entity;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
  private final Map<String, Delta> deltas = Collections.synchronizedMap(new LinkedHashMap<>(CACHED, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<String, Delta> eldest) {
      return size() > CACHED;
    }
  });

  SourcesPage(Catalog catalog) {
    this.catalog = catalog;
  }

  Html render() {
    Html b = new Html();
    List<String> sources = catalog.sources();
    b.raw("<div class=\"page-head\"><h1>Sources</h1><p class=\"muted\">").text(sources.size())
        .raw(" sources · the active version of each is the one with the latest publication date</p></div>");
    if (sources.isEmpty()) {
      b.raw("<div class=\"empty\">No list imported yet. Import one with <code>cordon import</code> or ")
          .raw("<code>cordon update</code>.</div>");
      return b;
    }
    b.raw("<table class=\"grid\" id=\"sources\"><thead><tr><th>Source</th><th>Active version</th><th>Published</th>")
        .raw("<th>Imported</th><th class=\"num\">Targets</th><th>Changes from the version before</th></tr></thead><tbody>");
    for (String src : sources) {
      Optional<Snapshot> active = catalog.active(src);
      b.raw("<tr><td><a class=\"strong\" href=\"#src-").text(src).raw("\">").text(src).raw("</a></td>");
      if (active.isEmpty()) {
        b.raw("<td colspan=\"5\" class=\"muted\">no active version</td></tr>");
        continue;
      }
      Snapshot a = active.get();
      b.raw("<td><code class=\"snapshot\">").text(a.id()).raw("</code></td>").el("td", a.published().map(Object::toString).orElse("—"))
          .el("td", Show.time(a.imported())).el("td class=\"num\"", a.targets()).raw("<td>");
      Optional<Snapshot> prev = catalog.previous(a);
      if (prev.isEmpty()) {
        b.raw("<span class=\"muted\">first version</span>");
      } else {
        counts(b, delta(prev.get(), a));
        b.raw(" ").link(Html.url("/ui/sources/changes", "from", prev.get().id(), "to", a.id()), "details");
      }
      b.raw("</td></tr>");
    }
    b.raw("</tbody></table>");

    for (String src : sources) {
      List<Snapshot> versions = new ArrayList<>(catalog.snapshots(src));
      Collections.reverse(versions);
      String activeId = catalog.active(src).map(Snapshot::id).orElse("");
      b.raw("<section class=\"panel\" id=\"src-").text(src).raw("\"><h2>").text(src)
          .raw(" <span class=\"sub\">version history</span></h2>")
          .raw("<table class=\"grid compact\"><thead><tr><th>Version</th><th>Format</th><th>Published</th><th>Imported</th>")
          .raw("<th class=\"num\">Targets</th><th class=\"num\">Records</th><th>SHA-256</th><th></th></tr></thead><tbody>");
      for (int i = 0; i < versions.size(); i++) {
        Snapshot v = versions.get(i);
        b.raw("<tr><td><code class=\"snapshot\">").text(v.id()).raw("</code>")
            .raw(v.id().equals(activeId) ? " <span class=\"badge st-active\">active</span>" : "").raw("</td>")
            .el("td", v.format()).el("td", v.published().map(Object::toString).orElse("—"))
            .el("td", Show.time(v.imported())).el("td class=\"num\"", v.targets()).el("td class=\"num\"", v.records())
            .raw("<td><code title=\"").text(v.sha256()).raw("\">").text(v.sha256().length() > 12 ? v.sha256().substring(0, 12) + "…" : v.sha256())
            .raw("</code></td><td>");
        if (i + 1 < versions.size()) {
          b.link(Html.url("/ui/sources/changes", "from", versions.get(i + 1).id(), "to", v.id()), "what changed");
        }
        b.raw("</td></tr>");
      }
      b.raw("</tbody></table></section>");
    }
    return b;
  }

  /** The delta between two versions; {@code fromId} defaults to the version before {@code toId}. */
  Html changes(String toId, String fromId) {
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
    Delta d = delta(from, to);
    Html b = new Html();
    b.raw("<div class=\"crumbs\"><a href=\"/ui/sources\">Sources</a> / ").text(to.source()).raw("</div>");
    b.raw("<div class=\"page-head\"><h1>What changed in ").text(to.source()).raw("</h1><p class=\"muted\">from <code>")
        .text(from.id()).raw("</code> (").text(from.effectiveDate()).raw(") to <code>").text(to.id()).raw("</code> (")
        .text(to.effectiveDate()).raw(")</p></div>");
    b.raw("<div class=\"stats\" id=\"delta-counts\">");
    stat(b, "added", "Added", d.addedTargets().size(), d.added().size());
    stat(b, "removed", "Removed", d.removedTargets().size(), d.removed().size());
    stat(b, "changed", "Changed", d.changedTargets().size(), d.changed().size());
    b.raw("</div>");
    entities(b, "added", "Added", d.addedTargets());
    entities(b, "removed", "Removed", d.removedTargets());
    b.raw("<section class=\"panel\" id=\"delta-changed\"><h2>Changed <span class=\"sub\">").text(d.changedTargets().size())
        .raw("</span></h2>");
    if (d.changedTargets().isEmpty()) {
      b.raw("<p class=\"muted\">None.</p>");
    } else {
      b.raw("<table class=\"grid compact\"><thead><tr><th>Id</th><th>Name</th><th>Schema</th><th>Properties changed</th>")
          .raw("</tr></thead><tbody>");
      for (Delta.Change c : limit(d.changedTargets())) {
        b.raw("<tr><td><code>").text(c.id()).raw("</code></td>").el("td", c.after().caption())
            .el("td", c.after().schema()).raw("<td>");
        for (String p : c.properties()) {
          b.el("span class=\"tag\"", p);
        }
        b.raw("</td></tr>");
      }
      b.raw("</tbody></table>");
      more(b, d.changedTargets().size());
    }
    b.raw("</section>");
    return b;
  }

  private Delta delta(Snapshot from, Snapshot to) {
    String key = from.id() + "\u0000" + to.id();
    Delta d = deltas.get(key);
    if (d == null) {
      d = Delta.between(catalog, from, to);
      deltas.put(key, d);
    }
    return d;
  }

  private static void counts(Html b, Delta d) {
    b.raw("<span class=\"delta\"><span class=\"plus\">+").text(d.addedTargets().size()).raw("</span> <span class=\"minus\">−")
        .text(d.removedTargets().size()).raw("</span> <span class=\"tilde\">~").text(d.changedTargets().size())
        .raw("</span></span>");
  }

  private static void stat(Html b, String key, String label, int targets, int all) {
    b.raw("<div class=\"stat stat-").raw(key).raw("\" id=\"count-").raw(key).raw("\"><div class=\"big\">").text(targets)
        .raw("</div><div>").text(label).raw("</div><div class=\"sub\">").text(all - targets)
        .raw(" link record(s) (sanctions, ownership...) besides</div></div>");
  }

  private static void entities(Html b, String key, String title, List<Entity> list) {
    b.raw("<section class=\"panel\" id=\"delta-").raw(key).raw("\"><h2>").text(title).raw(" <span class=\"sub\">")
        .text(list.size()).raw("</span></h2>");
    if (list.isEmpty()) {
      b.raw("<p class=\"muted\">None.</p></section>");
      return;
    }
    b.raw("<table class=\"grid compact\"><thead><tr><th>Id</th><th>Name</th><th>Schema</th><th>Countries</th>")
        .raw("</tr></thead><tbody>");
    for (Entity e : limit(list)) {
      TreeSet<String> countries = new TreeSet<>(e.get("country"));
      countries.addAll(e.get("nationality"));
      countries.addAll(e.get("jurisdiction"));
      b.raw("<tr><td><code>").text(e.id()).raw("</code></td>").el("td", e.caption()).el("td", e.schema())
          .el("td", String.join(", ", countries)).raw("</tr>");
    }
    b.raw("</tbody></table>");
    more(b, list.size());
    b.raw("</section>");
  }

  private static <T> List<T> limit(List<T> list) {
    return list.size() > MAX_ROWS ? list.subList(0, MAX_ROWS) : list;
  }

  private static void more(Html b, int size) {
    if (size > MAX_ROWS) {
      b.raw("<p class=\"muted\">… and ").text(size - MAX_ROWS).raw(" more (<code>cordon diff</code> lists them all).</p>");
    }
  }
}
