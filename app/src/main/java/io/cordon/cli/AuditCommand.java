package io.cordon.cli;

import io.cordon.cases.Actor;
import io.cordon.cases.AuditEntry;
import io.cordon.cases.AuditReport;
import io.cordon.cases.CaseServices;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code cordon audit}: the tamper-evident audit log. */
@Command(name = "audit", mixinStandardHelpOptions = true,
    description = "The audit log: every screening, decision, approval, list import, login and key use, hash-chained.",
    subcommands = {AuditCommand.Verify.class, AuditCommand.Tail.class, AuditCommand.Anchor.class})
final class AuditCommand implements Runnable {
  @ParentCommand Main main;
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }

  @Command(name = "verify", mixinStandardHelpOptions = true,
      description = {"Recomputes the hash chain; reports the first edited or deleted row.",
          "Exit code 0 when intact, 1 when broken."})
  static final class Verify implements Callable<Integer> {
    @ParentCommand AuditCommand parent;

    @Option(names = "--checkpoint", paramLabel = "FILE",
        description = "check against this copy of the checkpoint ('cordon audit anchor --to FILE') instead of the home's")
    java.nio.file.Path checkpoint;

    @Override
    public Integer call() throws Exception {
      try (Home home = Home.open(parent.main)) {
        io.cordon.cases.AuditSeal seal = home.auditSeal();
        java.util.Optional<io.cordon.cases.AuditSeal.Checkpoint> cp;
        try {
          cp = checkpoint == null ? seal.read() : seal.read(checkpoint);
        } catch (SecurityException e) {
          System.out.println("audit log BROKEN: " + e.getMessage());
          return 1;
        }
        if (cp.isEmpty() && java.nio.file.Files.exists(home.dir().resolve("audit.key"))) {
          System.out.println("audit log BROKEN: the checkpoint file " + seal.checkpointFile() + " is missing");
          return 1;
        }
        AuditReport r = Cases.service(home, CaseServices.DEFAULT_THRESHOLD).verifyAudit(cp);
        if (r.intact()) {
          System.out.println("audit log intact: " + r.rows() + " rows, hash chain verified"
              + cp.map(c -> ", anchored at row " + c.seq() + " by the signed checkpoint " + seal.checkpointFile())
                  .orElse(" (no checkpoint yet)"));
          return 0;
        }
        System.out.println("audit log BROKEN at row " + r.brokenSeq() + ": " + r.problem() + " (" + r.rows()
            + " rows read)");
        return 1;
      }
    }
  }

  @Command(name = "tail", mixinStandardHelpOptions = true, description = "Shows the newest rows.")
  static final class Tail implements Callable<Integer> {
    @ParentCommand AuditCommand parent;

    @Option(names = "-n", paramLabel = "N", defaultValue = "20", description = "rows (default: ${DEFAULT-VALUE})")
    int n;

    @Override
    public Integer call() throws Exception {
      try (Home home = Home.open(parent.main)) {
        List<AuditEntry> rows = Cases.service(home, CaseServices.DEFAULT_THRESHOLD).auditTail(Actor.SYSTEM, n);
        for (int i = rows.size() - 1; i >= 0; i--) {
          AuditEntry e = rows.get(i);
          // values may hold any character (a login name as typed): escaped, one row is one line
          System.out.printf("%6d  %s  %-10s %-14s %-28s %s%n", e.seq(), e.at(), printable(e.actor()),
              printable(e.action()), printable(e.subject()), printable(e.detail()));
        }
      }
      return 0;
    }
  }

  @Command(name = "anchor", mixinStandardHelpOptions = true,
      description = {"Copies the signed audit checkpoint (the last anchored row and its hash) to FILE: keep it",
          "where the machine's users cannot change it; 'audit verify --checkpoint FILE' checks against it."})
  static final class Anchor implements Callable<Integer> {
    @ParentCommand AuditCommand parent;

    @Option(names = "--to", paramLabel = "FILE", required = true, description = "where to write the checkpoint")
    java.nio.file.Path to;

    @Override
    public Integer call() throws Exception {
      try (Home home = Home.open(parent.main)) {
        io.cordon.cases.AuditSeal.Checkpoint c = home.auditSeal().export(to);
        System.out.println("audit checkpoint: row " + c.seq() + " hash " + c.hash() + " written to " + to);
      }
      return 0;
    }
  }

  /** Control, format and line-separator characters as {@code \\uXXXX}, so no value can forge a line. */
  static String printable(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      int t = Character.getType(c);
      if (Character.isISOControl(c) || t == Character.FORMAT || t == Character.LINE_SEPARATOR
          || t == Character.PARAGRAPH_SEPARATOR || c == '\\') {
        b.append(String.format("\\u%04x", (int) c));
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }
}
