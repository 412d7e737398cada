package io.cordon.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder: `cordon diff` is not implemented yet (see the open issues). */
@Command(name = "diff", description = "(not implemented yet)")
final class DiffCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    System.err.println("cordon diff: not implemented yet");
    return 3;
  }
}
