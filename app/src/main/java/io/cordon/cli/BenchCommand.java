package io.cordon.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder: `cordon bench` is not implemented yet (see the open issues). */
@Command(name = "bench", description = "(not implemented yet)")
final class BenchCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    System.err.println("cordon bench: not implemented yet");
    return 3;
  }
}
