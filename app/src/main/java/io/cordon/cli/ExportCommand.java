package io.cordon.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder: `cordon export` is not implemented yet (see the open issues). */
@Command(name = "export", description = "(not implemented yet)")
final class ExportCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    System.err.println("cordon export: not implemented yet");
    return 3;
  }
}
