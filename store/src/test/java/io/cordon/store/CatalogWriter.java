package io.cordon.store;

import io.cordon.catalog.CommitOutcome;
import io.cordon.catalog.Snapshot;
import io.cordon.model.Entity;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Child process of {@link CatalogDurabilityTest}: opens the home's store as every command does and
 * commits list snapshots one after the other, printing {@code ACK <snapshotId>} after each commit has
 * returned, until it is killed. No cases store is opened: this is the path of `cordon import` and of
 * the first start of `cordon serve` (demo list) before any case work.
 */
public final class CatalogWriter {
  private CatalogWriter() {}

  public static void main(String[] args) throws Exception {
    Path home = Path.of(args[0]);
    PrintStream out = new PrintStream(System.out, false, "UTF-8");
    CordonStore store = CordonStore.open(StoreConfig.forHome(home, Optional.empty()));
    out.println("READY");
    out.flush();
    for (int v = 1; ; v++) {
      Entity e = Entity.builder("crash-" + v, "Company").add("name", "Acme Trading " + v).dataset("crash").build();
      String sha = String.format("%064x", v);
      Snapshot s = new Snapshot("crash-" + sha.substring(52), "crash", "test", sha,
          Optional.of(LocalDate.of(2020, 1, 1).plusDays(v)), Instant.ofEpochMilli(1_600_000_000_000L + v), 1, 1);
      CommitOutcome o = store.catalog().commit(s, List.of(e));
      out.println("ACK " + s.id() + " " + o.label());
      out.flush();
    }
  }
}
