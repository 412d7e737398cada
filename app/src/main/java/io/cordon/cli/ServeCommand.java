package io.cordon.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder: `cordon serve` is not implemented yet (see the open issues). */
@Command(name = "serve", description = "(not implemented yet)")
final class ServeCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    System.err.println("cordon serve: not implemented yet");
    return 3;
  }
}
