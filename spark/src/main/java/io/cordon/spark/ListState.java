package io.cordon.spark;

import io.cordon.catalog.Catalog;
import io.cordon.catalog.Snapshot;
import io.cordon.index.IndexInput;
import io.cordon.index.NameKeys;
import io.cordon.index.lucene.LuceneIndexes;
import io.cordon.sources.ListAdapters;
import io.cordon.sources.ListFormatException;
import io.cordon.sources.ParsedList;
import io.cordon.store.CordonStore;
import io.cordon.store.StoreConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The lists a Spark job screens against, resolved on the driver and written once as an index
 * folder that is then shipped to the executors: either snapshots of a Cordon home (the active ones,
 * or the ids given) or list files (an exported bundle of FtM JSON lines from {@code cordon export},
 * or any list file Cordon imports).
 *
 * @param folder      the index folder, ready for {@link LuceneIndexes#open}
 * @param snapshotIds the snapshots (or files) it holds
 * @param entities    screenable and other entities it was built from (delta runs count them)
 */
record ListState(Path folder, Set<String> snapshotIds, int entities) {

  /** Snapshots of the home: {@code ids}, or the active snapshot of every source when empty. */
  static ListState ofHome(Path home, Optional<String> db, List<String> ids, NameKeys keys, Path work)
      throws IOException {
    try (CordonStore store = CordonStore.open(StoreConfig.forHome(home, db))) {
      Catalog catalog = store.catalog();
      List<Snapshot> snapshots = new ArrayList<>();
      if (ids.isEmpty()) {
        for (String source : catalog.sources()) {
          catalog.active(source).ifPresent(snapshots::add);
        }
        if (snapshots.isEmpty()) {
          throw new IllegalArgumentException("no lists imported in " + home + ": run `cordon import FILE` first");
        }
      } else {
        for (String id : ids) {
          snapshots.add(catalog.snapshot(id).orElseThrow(() ->
              new IllegalArgumentException("no snapshot '" + id + "' in " + home + " (see `cordon sources`)")));
        }
      }
      List<IndexInput> inputs = new ArrayList<>();
      for (Snapshot s : snapshots) {
        inputs.add(new IndexInput(s.id(), s.source(), catalog.entities(s.id())));
      }
      return write(inputs, keys, work);
    }
  }

  /**
   * The delta of one snapshot of the home against the snapshot before it in its source's history:
   * only the entities added or changed by that list update, indexed under the new snapshot's id.
   */
  static ListState ofDelta(Path home, Optional<String> db, String snapshotId, NameKeys keys, Path work)
      throws IOException {
    try (CordonStore store = CordonStore.open(StoreConfig.forHome(home, db))) {
      Catalog catalog = store.catalog();
      Snapshot to = catalog.snapshot(snapshotId).orElseThrow(() ->
          new IllegalArgumentException("no snapshot '" + snapshotId + "' in " + home + " (see `cordon sources`)"));
      Optional<Snapshot> from = catalog.previous(to);
      List<io.cordon.model.Entity> changed = new ArrayList<>();
      if (from.isEmpty()) {
        changed.addAll(catalog.entities(to.id()));   // a first snapshot: all of it is new
      } else {
        io.cordon.catalog.Delta d = io.cordon.catalog.Delta.between(catalog, from.get(), to);
        changed.addAll(d.added());
        d.changed().forEach(c -> changed.add(c.after()));
      }
      return write(List.of(new IndexInput(to.id(), to.source(), changed)), keys, work);
    }
  }

  /** List files read in place (format detected from content), one input per file. */
  static ListState ofFiles(List<Path> files, NameKeys keys, Path work) throws IOException {
    ListAdapters adapters = ListAdapters.load();
    List<IndexInput> inputs = new ArrayList<>();
    for (Path f : files) {
      ParsedList list;
      try {
        list = adapters.read(f, Optional.empty());
      } catch (ListFormatException e) {
        throw new IllegalArgumentException("cannot read list " + f + ": " + e.getMessage(), e);
      }
      String name = f.getFileName().toString().replaceAll("[^A-Za-z0-9_.-]", "_");
      inputs.add(new IndexInput("file-" + name, list.format().defaultSource(), list.entities()));
    }
    return write(inputs, keys, work);
  }

  /** An index of exactly these inputs (a delta run builds one of the changed entities only). */
  static ListState write(List<IndexInput> inputs, NameKeys keys, Path work) throws IOException {
    Path folder = Files.createTempDirectory(work, "cordon-index-");
    LuceneIndexes.write(folder, inputs, keys);
    Set<String> ids = new TreeSet<>();
    int n = 0;
    for (IndexInput in : inputs) {
      ids.add(in.snapshotId());
      n += in.entities().size();
    }
    return new ListState(folder, Set.copyOf(ids), n);
  }
}
