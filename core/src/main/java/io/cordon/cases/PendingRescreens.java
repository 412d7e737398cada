package io.cordon.cases;

import io.cordon.catalog.Activation;
import io.cordon.catalog.CatalogStore;
import io.cordon.catalog.Delta;
import io.cordon.catalog.Snapshot;
import io.cordon.model.Entity;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Runs the re-screens of the customer book that list activations call for. The catalog records each
 * activation, pending, in the transaction that moves the active pointer; this marks it done only
 * after the re-screen has committed its alerts. A process killed in between leaves it pending, and
 * the next import, {@code cordon serve} start, {@code cordon parties} command or {@code cordon
 * rescreen} runs it again: raising alerts is idempotent (a hit already alerted with the same party
 * and entry data raises nothing), so a re-screen that is run twice raises each alert once.
 */
public final class PendingRescreens {
  private final CatalogStore catalog;
  private final CaseService cases;
  private final Clock clock;

  public PendingRescreens(CatalogStore catalog, CaseService cases, Clock clock) {
    this.catalog = catalog;
    this.cases = cases;
    this.clock = clock;
  }

  /** What one activation's re-screen did. */
  public record Done(Activation activation, int added, int changed, int removed, CaseService.RescreenResult result) {}

  /** Runs every pending re-screen, oldest activation first; serialised within this process. */
  public synchronized List<Done> runAll() {
    List<Done> out = new ArrayList<>();
    for (Activation a : catalog.pendingRescreens()) {
      out.add(run(a));
    }
    return out;
  }

  private Done run(Activation a) {
    Snapshot active = catalog.snapshot(a.snapshotId()).orElseThrow();
    Optional<Snapshot> previous = a.previousId().flatMap(catalog::snapshot);
    List<Entity> upserted = new ArrayList<>();
    Set<String> removed = new TreeSet<>();
    int added;
    int changed;
    if (previous.isEmpty()) {
      upserted.addAll(catalog.entities(active.id()));
      added = upserted.size();
      changed = 0;
    } else {
      Delta delta = Delta.between(catalog, previous.get(), active);
      upserted.addAll(delta.added());
      delta.changed().forEach(c -> upserted.add(c.after()));
      delta.removed().forEach(e -> removed.add(e.id()));
      added = delta.added().size();
      changed = delta.changed().size();
    }
    cases.recordAudit(Actor.SYSTEM, "list-import", "snapshot:" + active.id(), "source=" + a.source()
        + " previous=" + a.previousId().orElse("none") + " reason=" + a.reason() + " targets=" + active.targets()
        + (previous.isEmpty() ? "" : " added=" + added + " changed=" + changed + " removed=" + removed.size()));
    CaseService.RescreenResult r = cases.onSnapshotActivated(Actor.SYSTEM,
        new ListChange(a.source(), active.id(), upserted, removed));
    catalog.rescreened(a.seq(), clock.instant());
    return new Done(a, added, changed, removed.size(), r);
  }
}
