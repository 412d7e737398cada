package io.cordon.catalog;

import io.cordon.model.Entity;
import io.cordon.model.Schemata;
import io.cordon.sources.ListFormatException;
import io.cordon.sources.ParsedList;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Imports list files into a catalog: read with the adapter, hash the bytes, validate, commit.
 * A file that fails any step is rejected with {@link ImportRejectedException} and nothing of it is
 * stored, so the active snapshot of its source keeps answering.
 *
 * <p>Snapshot ids derive from the content ({@code <source>-<first 12 hex of sha256>}): importing the
 * same bytes again is reported {@link CommitOutcome#UNCHANGED}, not stored twice.
 */
public final class Importer {
  private final CatalogStore store;
  private final ListReader reader;
  private final ImportPolicy policy;
  private final Clock clock;
  private final List<SnapshotListener> listeners;

  public Importer(CatalogStore store, ListReader reader, ImportPolicy policy, Clock clock,
                  List<SnapshotListener> listeners) {
    this.store = Objects.requireNonNull(store, "store");
    this.reader = Objects.requireNonNull(reader, "reader");
    this.policy = Objects.requireNonNull(policy, "policy");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.listeners = List.copyOf(listeners);
  }

  public Importer(CatalogStore store, ListReader reader, Clock clock) {
    this(store, reader, ImportPolicy.DEFAULT, clock, List.of());
  }

  /**
   * Imports one list.
   *
   * @throws ImportRejectedException the file is missing, empty, malformed, or its count collapsed
   * @throws IOException             reading failed for a reason outside the file (disk, permissions)
   */
  public ImportResult importList(ImportRequest req) throws ImportRejectedException, IOException {
    Path path = req.path();
    if (!Files.exists(path)) {
      throw new ImportRejectedException(path, "no such file or folder");
    }
    long t0 = System.nanoTime();
    ParsedList parsed;
    try {
      parsed = reader.read(path, req.format());
    } catch (ListFormatException e) {
      throw new ImportRejectedException(path, problem(e, path), e);
    } catch (NoSuchFileException e) {
      throw new ImportRejectedException(path, "no such file: " + e.getFile(), e);
    } catch (IllegalArgumentException | IllegalStateException e) {
      // an adapter that let a model violation through: still the file's fault, still a clean refusal
      throw new ImportRejectedException(path, String.valueOf(e.getMessage()), e);
    }
    Duration parse = Duration.ofNanos(System.nanoTime() - t0);

    long t1 = System.nanoTime();
    String source = req.source().or(parsed::source).orElse(parsed.format().defaultSource());
    String sha = ContentHash.sha256(ContentHash.files(path, parsed.format()));
    String id = source + "-" + sha.substring(0, 12);
    Optional<Snapshot> existing = store.snapshot(id);
    if (existing.isPresent()) {
      return again(existing.get(), parse, t1);
    }

    List<Entity> entities = withDataset(parsed.entities(), source);
    int targets = validate(path, entities);
    // millisecond precision: what every store keeps, so a snapshot reads back equal to itself
    Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
    Optional<LocalDate> published = parsed.published().or(req::published);
    Snapshot snap = new Snapshot(id, source, parsed.format().label(), sha, published,
        now, targets, entities.size());

    List<ImportPolicy.Failure> failed = policy.check(path, parsed.format(), snap, entities, predecessor(snap), store,
        LocalDate.ofInstant(now, java.time.ZoneOffset.UTC));
    if (!failed.isEmpty() && !req.force()) {
      throw new ImportRejectedException(path, String.join("; ", failed.stream().map(Object::toString).toList())
          + "; use --force if this is a real change", failed.get(0).check());
    }
    Optional<Snapshot> before = store.active(source);
    CommitOutcome outcome = store.commit(snap, entities, failed.isEmpty() ? "import" : "forced");
    Duration commit = Duration.ofNanos(System.nanoTime() - t1);
    if (outcome == CommitOutcome.UNCHANGED) { // a concurrent import of the same bytes won the race
      snap = store.snapshot(id).orElse(snap);
    }
    ImportResult result = new ImportResult(snap, outcome, warnings(parsed), parse, commit,
        failed.stream().map(f -> f.check() + ": " + f.message()).toList(), false);
    if (outcome == CommitOutcome.ACTIVE) {
      notifyListeners(source, before, snap);
    }
    return result;
  }

  /**
   * The same bytes as a stored snapshot: unchanged, except when the source's active list was forced in
   * over a failed check and this one is not active: then importing it again is how an operator undoes
   * the forced import, and it becomes active again.
   */
  private ImportResult again(Snapshot stored, Duration parse, long t1) {
    Optional<Snapshot> active = store.active(stored.source());
    boolean forcedActive = active.isPresent() && !active.get().id().equals(stored.id())
        && store.lastActivation(stored.source())
            .filter(a -> a.snapshotId().equals(active.get().id()) && a.reason().equals("forced")).isPresent();
    if (!forcedActive) {
      return new ImportResult(stored, CommitOutcome.UNCHANGED, List.of(), parse,
          Duration.ofNanos(System.nanoTime() - t1), List.of(), false);
    }
    store.activate(stored.id(), "restore", clock.instant().truncatedTo(ChronoUnit.MILLIS));
    ImportResult r = new ImportResult(stored, CommitOutcome.ACTIVE, List.of(), parse,
        Duration.ofNanos(System.nanoTime() - t1), List.of(), true);
    notifyListeners(stored.source(), active, stored);
    return r;
  }

  private void notifyListeners(String source, Optional<Snapshot> before, Snapshot active) {
    for (SnapshotListener l : listeners) {
      l.activeChanged(source, before, active);
    }
  }

  /** The snapshot the new one follows in time: the one in force on its effective date. */
  private Optional<Snapshot> predecessor(Snapshot snap) {
    Snapshot prev = null;
    for (Snapshot s : store.snapshots(snap.source())) {
      if (SnapshotOrder.CHRONOLOGICAL.compare(s, snap) < 0) {
        prev = s;
      }
    }
    return Optional.ofNullable(prev);
  }

  /** Checks what the adapter contract promises, so that a faulty adapter cannot store a bad snapshot. */
  private static int validate(Path path, List<Entity> entities) throws ImportRejectedException {
    if (entities.isEmpty()) {
      throw new ImportRejectedException(path, "the list has no entities (empty or truncated file?)");
    }
    Set<String> ids = new HashSet<>(entities.size() * 2);
    int targets = 0;
    for (Entity e : entities) {
      if (!ids.add(e.id())) {
        throw new ImportRejectedException(path, "entity id " + e.id() + " occurs more than once");
      }
      if (Schemata.isScreenable(e.schema())) {
        targets++;
      }
    }
    if (targets == 0) {
      throw new ImportRejectedException(path, "the list has " + entities.size()
          + " records but no screenable targets (people, organisations, vessels...)");
    }
    return targets;
  }

  /** Entities carry their source as FtM dataset, so an export says where each came from. */
  private static List<Entity> withDataset(List<Entity> entities, String source) {
    Set<String> ds = Set.of(source);
    List<Entity> out = null;
    for (int i = 0; i < entities.size(); i++) {
      Entity e = entities.get(i);
      if (!e.datasets().equals(ds)) {
        if (out == null) {
          out = new ArrayList<>(entities.subList(0, i));
        }
        e = new Entity(e.id(), e.schema(), e.properties(), ds);
      }
      if (out != null) {
        out.add(e);
      }
    }
    return out == null ? entities : out;
  }

  private static List<String> warnings(ParsedList parsed) {
    return parsed.warnings();
  }

  /** The adapter's message without the path when it is the one we name anyway. */
  private static String problem(ListFormatException e, Path path) {
    String msg = String.valueOf(e.getMessage());
    String prefix = path + ": ";
    return Objects.equals(e.file(), path) && msg.startsWith(prefix) ? msg.substring(prefix.length()) : msg;
  }
}
