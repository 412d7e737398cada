package io.cordon.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder: `cordon import` is not implemented yet (see the open issues). */
@Command(name = "import", description = "(not implemented yet)")
final class ImportCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    System.err.println("cordon import: not implemented yet");
    return 3;
  }
}
