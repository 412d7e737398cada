package io.cordon.cli;

import io.cordon.cases.Actor;
import io.cordon.cases.CaseServices;
import io.cordon.cases.MessageQueue;
import io.cordon.common.Json;
import io.cordon.http.MessageCaseJson;
import io.cordon.screening.payment.MessageDecision;
import io.cordon.screening.payment.MessageHit;
import io.cordon.screening.payment.MessageReader;
import io.cordon.screening.payment.PaymentJson;
import io.cordon.screening.payment.ReadMessage;
import io.cordon.screening.payment.prowide.ProwideReader;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine;

/** {@code cordon screen-message FILE...}: payment messages (SWIFT MT, ISO 20022 MX), pass or hold. */
@Command(name = "screen-message", mixinStandardHelpOptions = true,
    description = {"Screen payment messages: SWIFT MT103 (STP), MT202 (COV) and other category 1/2 messages, single or",
        "RJE batches; ISO 20022 pacs.008, pacs.009 (COV), pacs.004, pain.001 with or without AppHdr or envelope.",
        "Every party, agent, BIC, account, address and free-text field is screened; each message is passed or held",
        "with its hits. A message that cannot be read is held. Held messages are stored in the home's case queue,",
        "each hit an alert (four eyes, good-guy list, audit); --no-queue is a dry run.",
        "Exit code 0 when all pass, 1 when any is held.",
        "See docs/payments.md."})
final class ScreenMessageCommand implements Callable<Integer> {

  @CommandLine.ParentCommand
  Main main;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Message file(s); - reads standard input")
  List<String> files;

  @Option(names = "--policy", defaultValue = "us", description = "Screening profile: us, eu, uk, un, ch, ca, global "
      + "(default: ${DEFAULT-VALUE}); decides the lists, which block, the sanctioned countries and regions and the rules")
  String policy;

  @Option(names = "--as-of", description = "Screen against the list versions in force on this date (YYYY-MM-DD)")
  LocalDate asOf;

  @Option(names = "--json", description = "Print JSON: {\"messages\": [...]}")
  boolean json;

  @Option(names = "--no-queue", description = "Dry run: do not store held messages nor raise alerts in the case "
      + "queue (by default a held message is stored and each hit becomes an alert, unless the good-guy list clears it)")
  boolean noQueue;

  @Option(names = "--as", paramLabel = "USER", description = "user to record as the one who queued (default: system)")
  String user;

  @Override
  public Integer call() throws Exception {
    MessageReader reader = ProwideReader.create();
    List<Map<String, Object>> out = new ArrayList<>();
    boolean held = false;
    PrintWriter pw = spec.commandLine().getOut();
    try (PaymentEngine engine = new PaymentEngine(main, policy, asOf)) {
      MessageQueue queue = noQueue ? null : new MessageQueue(engine.home.caseStore(), engine.home.clock());
      Actor actor = user == null ? Actor.SYSTEM : Cases.service(engine.home, CaseServices.DEFAULT_THRESHOLD).actor(user);
      for (String f : files) {
        byte[] bytes;
        try {
          bytes = f.equals("-") ? System.in.readAllBytes() : Files.readAllBytes(Path.of(f));
        } catch (NoSuchFileException e) {
          throw new IllegalArgumentException("no such file: " + f);
        }
        for (ReadMessage rm : reader.read(bytes)) {
          MessageDecision d = engine.screening.messages().screen(rm, Optional.ofNullable(asOf));
          MessageQueue.Queued q = queue == null ? null : queue.queue(actor, name(f), rm, d);
          held |= q == null ? d.hold() : q.hold();
          if (json) {
            Map<String, Object> m = PaymentJson.message(f, d);
            if (q != null) {
              MessageCaseJson.addQueued(m, q);
            }
            out.add(m);
          } else {
            print(pw, f, d, q);
          }
        }
      }
    }
    if (json) {
      Map<String, Object> root = new LinkedHashMap<>();
      root.put("messages", out);
      pw.println(Json.PRETTY.writeValueAsString(root));
    }
    pw.flush();
    return held ? 1 : 0;
  }

  /** The file's name for the case queue (the folder says nothing about the message and may be private). */
  private static String name(String f) {
    if (f.equals("-")) {
      return "stdin";
    }
    Path p = Path.of(f).getFileName();
    return p == null ? f : p.toString();
  }

  private static void print(PrintWriter out, String file, MessageDecision d, MessageQueue.Queued q) {
    String type = d.message() == null ? "?" : d.message().type();
    String ref = d.message() == null || d.message().reference() == null ? "" : " " + d.message().reference();
    String decision = (q == null ? d.decision() : q.decision()).toUpperCase(Locale.ROOT);
    out.printf(Locale.ROOT, "%s #%d %s%s: %s%n", file, d.index() + 1, type, ref, decision);
    if (q != null && q.messageId() != 0) {
      out.printf(Locale.ROOT, "  queued as message %d: %s%s%n", q.messageId(),
          q.alertIds().isEmpty() ? "no alert" : "alerts " + q.alertIds().stream().map(a -> "#" + a).toList(),
          q.cleared() == 0 ? "" : "; " + q.cleared() + " hit(s) cleared by the good-guy list");
    }
    if (d.hits().isEmpty()) {
      d.reasons().forEach(r -> out.println("  " + r));
    }
    for (MessageHit h : d.hits()) {
      out.printf(Locale.ROOT, "  %-6s %-28s %s%n", h.kind().label(), h.element().path(), h.explanation());
    }
  }
}
