package io.cordon.cli;

import io.cordon.access.Access;
import io.cordon.access.Passwords;
import io.cordon.cases.CaseService;
import io.cordon.cases.CaseServices;
import io.cordon.cases.PendingRescreens;
import io.cordon.catalog.SnapshotListener;
import io.cordon.match.Scorer;
import io.cordon.match.Scorers;
import java.io.PrintStream;
import java.security.SecureRandom;
import java.util.List;

/** Wiring of the case workflow for the commands: store, screening against the active lists, scorer. */
final class Cases {
  private Cases() {}

  /** The case workflow of a command; the screener is built only when a party needs screening. */
  static CaseService service(Home home, double threshold) {
    Scorer scorer = scorer();
    // Parties are screened by the same index and scorer as `cordon screen`, `batch` and `serve`.
    return CaseServices.lazy(home.caseStore(), () -> home.screener(scorer), scorer, home.clock(), threshold);
  }

  /** The case workflow of the server, screening with its (warmed) standard screener. */
  static CaseService service(Home home, io.cordon.screening.Screener screener) {
    return CaseServices.screening(home.caseStore(), screener, home.clock());
  }

  /** Users, roles, passwords and logins of the home's store. */
  static Access access(Home home) {
    return new Access(home.caseStore(), home.clock(), new Passwords(new SecureRandom()));
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
   * After an import made a new snapshot active: runs the re-screens the catalog has pending (this
   * import's, and any an earlier process left undone), each against the delta of its activation.
   */
  static SnapshotListener rescreenOnChange(Home home, PrintStream out) {
    return (source, previous, active) -> runPending(home, service(home, CaseServices.DEFAULT_THRESHOLD), out);
  }

  /** Runs the pending re-screens of list activations (see {@link PendingRescreens}); prints what each did. */
  static List<PendingRescreens.Done> runPending(Home home, CaseService cases, PrintStream out) {
    List<PendingRescreens.Done> done = new PendingRescreens(home.catalog(), cases, home.clock()).runAll();
    for (PendingRescreens.Done d : done) {
      CaseService.RescreenResult r = d.result();
      out.printf("re-screened the book against %d new or changed entries of %s%s: %d hits, %d new alerts, "
          + "%d suppressed (good-guy list)%n", r.entities(), d.activation().snapshotId(),
          d.activation().reason().equals("import") ? "" : " (" + d.activation().reason() + ")",
          r.hits(), r.alerts(), r.suppressed());
    }
    return done;
  }
}
