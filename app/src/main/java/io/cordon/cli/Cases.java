package io.cordon.cli;

import io.cordon.access.Access;
import io.cordon.access.Passwords;
import io.cordon.cases.Actor;
import io.cordon.cases.CaseService;
import io.cordon.cases.ListChange;
import io.cordon.cases.PartyScreening;
import io.cordon.catalog.Delta;
import io.cordon.catalog.Snapshot;
import io.cordon.catalog.SnapshotListener;
import io.cordon.match.Scorer;
import io.cordon.match.Scorers;
import io.cordon.model.Entity;
import io.cordon.store.JdbcCaseStore;
import java.io.PrintStream;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;

/** Wiring of the case workflow for the commands: store, screening against the active lists, scorer. */
final class Cases {
  private Cases() {}

  /** Hits at or above this score raise alerts unless a command says otherwise. */
  static final double DEFAULT_THRESHOLD = 0.7;

  /** Posting length above which a name key is "frequent" in the in-memory name indexes. */
  static final int FREQUENT_CAP = 2000;

  static CaseService service(Home home, double threshold) {
    Scorer scorer = scorer();
    // Parties are screened by the same index and scorer as `cordon screen`, `batch` and `serve`.
    PartyScreening screening = new LazyScreening(() -> new ScreenerPartyScreening(home.screener(scorer), 0.5));
    return new CaseService(new JdbcCaseStore(home.store().dataSource()), screening, scorer, home.clock(), threshold);
  }

  /** Users, roles, passwords and logins of the home's store. */
  static Access access(Home home) {
    return new Access(new JdbcCaseStore(home.store().dataSource()), home.clock(), new Passwords(new SecureRandom()));
  }

  /**
   * Writes first-start secrets to {@code <home>/first-start-secrets.txt}, readable by the owner only
   * (0600), instead of printing them where terminal scrollback and log collectors keep them.
   * Returns the file. Appends when the file exists (server password and key on the same start).
   */
  static java.nio.file.Path writeSecret(Home home, String line) throws java.io.IOException {
    java.nio.file.Path f = home.dir().resolve("first-start-secrets.txt");
    if (!java.nio.file.Files.exists(f)) {
      try {
        java.nio.file.Files.createFile(f, java.nio.file.attribute.PosixFilePermissions.asFileAttribute(
            java.nio.file.attribute.PosixFilePermissions.fromString("rw-------")));
      } catch (UnsupportedOperationException e) {
        // not a POSIX file system: create, then restrict what the platform allows
        java.nio.file.Files.createFile(f);
        f.toFile().setReadable(false, false);
        f.toFile().setReadable(true, true);
        f.toFile().setWritable(false, false);
        f.toFile().setWritable(true, true);
      }
    }
    java.nio.file.Files.writeString(f, line + System.lineSeparator(), java.nio.charset.StandardCharsets.UTF_8,
        java.nio.file.StandardOpenOption.APPEND);
    return f;
  }

  /** The home's API keys with creation, revocation and use (summarised per minute) in the audit log. */
  static io.cordon.access.ApiKeys auditedKeys(Home home, CaseService cases) {
    return new io.cordon.access.AuditedApiKeys(home.store().apiKeys(home.clock()), cases, home.clock(),
        java.time.Duration.ofMinutes(1));
  }

  /** The scorer cases use: the engine's standard scorer (cordon-v1). */
  static Scorer scorer() {
    return Scorers.standard();
  }

  /**
   * Re-screens the book when an import makes a new snapshot active: only the delta against the
   * previous active snapshot (all of it for a new source) is screened against the parties.
   */
  static SnapshotListener rescreenOnChange(Home home, PrintStream out) {
    return (source, previous, active) -> {
      CaseService cases = service(home, DEFAULT_THRESHOLD);
      Delta delta = previous.map(p -> Delta.between(home.catalog(), p, active)).orElse(null);
      List<Entity> upserted = new ArrayList<>();
      Set<String> removed = new TreeSet<>();
      if (delta == null) {
        upserted.addAll(home.catalog().entities(active.id()));
      } else {
        upserted.addAll(delta.added());
        delta.changed().forEach(c -> upserted.add(c.after()));
        delta.removed().forEach(e -> removed.add(e.id()));
      }
      cases.recordAudit(Actor.SYSTEM, "list-import", "snapshot:" + active.id(), "source=" + source
          + " previous=" + previous.map(Snapshot::id).orElse("none") + " targets=" + active.targets()
          + (delta == null ? "" : " added=" + delta.added().size() + " changed=" + delta.changed().size()
          + " removed=" + delta.removed().size()));
      CaseService.RescreenResult r = cases.onSnapshotActivated(Actor.SYSTEM,
          new ListChange(source, active.id(), upserted, removed));
      out.printf("re-screened the book against %d new or changed entries of %s: %d hits, %d new alerts, "
          + "%d suppressed (good-guy list)%n", r.entities(), active.id(), r.hits(), r.alerts(), r.suppressed());
    };
  }

  /** Builds the real screening only when a party needs screening (an unchanged re-import needs none). */
  private static final class LazyScreening implements PartyScreening {
    private final Supplier<PartyScreening> factory;
    private volatile PartyScreening built;

    LazyScreening(Supplier<PartyScreening> factory) {
      this.factory = factory;
    }

    @Override
    public List<io.cordon.cases.Hit> screen(io.cordon.cases.Party party) {
      PartyScreening s = built;
      if (s == null) {
        synchronized (this) {
          if (built == null) {
            built = factory.get();
          }
          s = built;
        }
      }
      return s.screen(party);
    }
  }
}
