package io.cordon.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder: `cordon audit` is not implemented yet (see the open issues). */
@Command(name = "audit", description = "(not implemented yet)")
final class AuditCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    System.err.println("cordon audit: not implemented yet");
    return 3;
  }
}
