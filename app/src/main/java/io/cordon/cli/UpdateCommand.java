package io.cordon.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder: `cordon update` is not implemented yet (see the open issues). */
@Command(name = "update", description = "(not implemented yet)")
final class UpdateCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    System.err.println("cordon update: not implemented yet");
    return 3;
  }
}
