package io.cordon.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder: `cordon decide` is not implemented yet (see the open issues). */
@Command(name = "decide", description = "(not implemented yet)")
final class DecideCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    System.err.println("cordon decide: not implemented yet");
    return 3;
  }
}
