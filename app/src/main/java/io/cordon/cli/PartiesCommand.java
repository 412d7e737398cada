package io.cordon.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder: `cordon parties` is not implemented yet (see the open issues). */
@Command(name = "parties", description = "(not implemented yet)")
final class PartiesCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    System.err.println("cordon parties: not implemented yet");
    return 3;
  }
}
