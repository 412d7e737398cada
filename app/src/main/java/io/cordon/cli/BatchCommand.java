package io.cordon.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder: `cordon batch` is not implemented yet (see the open issues). */
@Command(name = "batch", description = "(not implemented yet)")
final class BatchCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    System.err.println("cordon batch: not implemented yet");
    return 3;
  }
}
