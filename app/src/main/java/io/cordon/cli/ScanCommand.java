package io.cordon.cli;

import io.cordon.common.Json;
import io.cordon.screening.payment.PaymentJson;
import io.cordon.screening.text.Mention;
import java.io.PrintWriter;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine;

/** {@code cordon scan FILE|-}: listed names inside free text. */
@Command(name = "scan", mixinStandardHelpOptions = true,
    description = {"Find listed names inside any text (news, remittance lines, invoices, e-mails), any script.",
        "Reports each mention with its character offsets, the entity, the score and whether it alerts.",
        "A first name or a common word alone never alerts. Exit code 0 when nothing alerts, 1 otherwise."})
final class ScanCommand implements Callable<Integer> {

  @CommandLine.ParentCommand
  Main main;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE", description = "Text file (UTF-8); - reads standard input")
  String file;

  @Option(names = "--policy", defaultValue = "global", description = "Screening profile deciding the lists "
      + "(default: ${DEFAULT-VALUE}: every imported list)")
  String policy;

  @Option(names = "--as-of", description = "Screen against the list versions in force on this date (YYYY-MM-DD)")
  LocalDate asOf;

  @Option(names = "--json", description = "Print JSON: {\"mentions\": [...]}")
  boolean json;

  @Override
  public Integer call() throws Exception {
    byte[] bytes;
    try {
      bytes = file.equals("-") ? System.in.readAllBytes() : Files.readAllBytes(Path.of(file));
    } catch (NoSuchFileException e) {
      throw new IllegalArgumentException("no such file: " + file);
    }
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      throw new IllegalArgumentException(file + ": not valid UTF-8 text");
    }
    List<Mention> mentions;
    try (PaymentEngine engine = new PaymentEngine(main, policy, asOf)) {
      mentions = engine.screening.text().scan(text, engine.screening.listings().sources(), Optional.ofNullable(asOf));
    }
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.println(Json.PRETTY.writeValueAsString(PaymentJson.mentions(mentions)));
    } else {
      for (Mention m : mentions) {
        out.printf(Locale.ROOT, "%-5s %5d-%-5d %-32s %-5.3f %s (%s)%n", m.match() ? "ALERT" : "near", m.start(), m.end(),
            m.text().replaceAll("\\s+", " "), m.score(), m.result().entity().caption(), m.result().entity().id());
      }
      if (mentions.isEmpty()) {
        out.println("no listed name found");
      }
    }
    out.flush();
    return mentions.stream().anyMatch(Mention::match) ? 1 : 0;
  }
}
