package io.cordon.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder: `cordon sources` is not implemented yet (see the open issues). */
@Command(name = "sources", description = "(not implemented yet)")
final class SourcesCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    System.err.println("cordon sources: not implemented yet");
    return 3;
  }
}
